import { describe, expect, it } from 'vitest';
import { laterParts } from '../../src/engine/question-parts.js';
import { askingCorpus } from '../fakes/text-corpus.js';

describe('laterParts', () => {
  it.each([
    ['How many koalas did Australia lend, and for how long?', ['duration']],
    ['When and where did they sign the accord?', ['place']],
    ['Where did they meet, and when?', ['date']],
    ['When did Xi and Putin meet?', []],
  ])('%s → %j', (question, parts) => {
    expect(laterParts(question)).toEqual(parts);
  });
});

describe('GIVEN a report whose count and duration are told in different sentences', () => {
  const { askData } = askingCorpus({
    'koalas.txt': [
      'date 2022-04-10',
      'Title: Koalas arrive in Lisbon',
      '',
      'Australia on Friday presented three koalas to the Lisbon zoo, a gift officials called a sign of warm ties.',
      '',
      'Keepers said the koalas settled in quickly.',
      '',
      'Visitors queued for hours on the first weekend.',
      '',
      'The koalas are lent to Portugal for 12 years under a breeding programme.',
      '',
    ].join('\n'),
    'accord.txt': [
      'date 2021-08-20',
      'Title: River accord signed',
      '',
      'Xi Jinping and Vladimir Putin signed a river accord on Thursday.',
      '',
      'The ceremony in Harbin lasted an hour.',
      '',
    ].join('\n'),
  });

  it('THEN the first three quotes answer both parts: how many, and for how long', () => {
    const data = askData('How many koalas did Australia give the Lisbon zoo, and for how long?');
    const quotes = data.citations.slice(0, 3).map((c) => c.quote).join(' ');
    expect(quotes).toContain('three koalas');
    expect(quotes).toContain('for 12 years');
  });

  it('THEN "when and where" gives the event’s date and its place', () => {
    const data = askData('When and where did Xi and Putin sign the river accord?');
    expect(data.date).toBe('2021-08-19');
    expect(data.answer).toContain('In Harbin, China.');
  });
});
