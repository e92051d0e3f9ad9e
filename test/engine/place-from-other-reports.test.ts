import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

const PACT = [
  'date 2023-05-20',
  'Title: Leaders look back on their alliance',
  '',
  'Moscow and Beijing declared an “iron bond” partnership, days before Putin sent warships to the Arctic in March 2021.',
  '',
  'The two countries have grown closer since.',
  '',
].join('\n');

describe('GIVEN an occasion whose own report names no place, and another report of it that does', () => {
  const { askData } = askingCorpus({
    'pact.txt': PACT,
    'games.txt': [
      'date 2023-06-02',
      'Title: Energy ties deepen',
      '',
      'Weeks before the Arctic voyage, Xi Jinping sealed an “iron bond” partnership with Vladimir Putin during the 2021 '
        + 'Winter Games in Harbin, and later signed a series of energy deals.',
      '',
    ].join('\n'),
    'deal.txt': 'date 2023-07-02\nTitle: A grain deal\n\nXi Jinping and Vladimir Putin signed a grain deal in 2020, officials said.\n',
  });

  it('THEN the where-aggregate gives the place the other report names, and cites that report', () => {
    const data = askData('Where did Xi and Putin meet in 2021?');
    expect(data.answer).toContain('Harbin, China, March 2021');
    expect(data.citations.map((c) => c.article)).toEqual(['pact.txt', 'games.txt']);
  });

  it('THEN an occasion no report places is said to be at an unnamed place, not listed by its date alone', () => {
    const data = askData('Where did Xi and Putin meet in 2020?');
    expect(data.answer).toContain('in: a place the articles do not name, 2020 (');
  });
});

describe('GIVEN another report of the same partnership that dates itself to another year', () => {
  const { askData } = askingCorpus({
    'pact.txt': PACT,
    'renewal.txt': [
      'date 2024-09-02',
      'Title: Partnership renewed',
      '',
      'Xi Jinping and Vladimir Putin renewed their “iron bond” partnership in Minsk in 2024.',
      '',
    ].join('\n'),
  });

  it('THEN its place is not the occasion’s', () => {
    const data = askData('Where did Xi and Putin meet in 2021?');
    expect(data.answer).not.toContain('Minsk');
    expect(data.answer).toContain('a place the articles do not name, March 2021');
  });
});
