import { describe, expect, it } from 'vitest';
import { placeOfEvent } from '../../src/engine/event-place.js';
import { askingCorpus } from '../fakes/text-corpus.js';

const { corpus, askData } = askingCorpus({
  'ranch.txt': [
    'date 2018-04-16',
    'Title: Leaders end a relaxed summit',
    '',
    'Chancellor Anna Berg and President Xi Jinping ended their first Germany-China summit last Saturday, with deals on trade and climate.',
    '',
    'The two leaders spent six hours together, with few aides.',
    '',
    'They had a barbecue and rode horses across a Texas ranch, far from the capitals.',
    '',
    'Trade officials welcomed the deals.',
    '',
  ].join('\n'),
  'farm.txt': [
    'date 2018-05-21',
    'Title: Another summit ends',
    '',
    'Prime Minister Carl Moss and President Xi Jinping ended a Norway-China summit last Saturday.',
    '',
    'Officials on both sides welcomed the outcome.',
    '',
    'They rode horses across a Texas farm, state television showed.',
    '',
  ].join('\n'),
});

describe('the setting of an occasion', () => {
  it('is not a country the report names only as one side of a pair ("a Germany-China summit")', () => {
    const summit = corpus().events.find((e) => e.sources.some((s) => s.article === 'ranch.txt'));
    expect(summit && placeOfEvent(corpus(), summit)).toBeNull();
    expect(askData('Where did Xi and Anna Berg meet?').answer).not.toMatch(/^In China/);
  });

  it('is told by the sentences that go on about its people ("The two leaders …", "They …")', () => {
    expect(askData('Who did Xi meet on a Texas ranch in April 2018?').answer).toMatch(/^Anna Berg — /);
  });

  it('is not told by a sentence two away when the one between is about others', () => {
    expect(askData('Who did Xi meet on a Texas farm in May 2018?').answer).toMatch(/^I don't know/);
  });
});
