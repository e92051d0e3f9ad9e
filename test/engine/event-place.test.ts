import { describe, expect, it } from 'vitest';
import { ask } from '../../src/engine/ask.js';
import { placeOfEvent } from '../../src/engine/event-place.js';
import { askingCorpus, corpusOfTexts, ENGINE_TEST_TODAY as today } from '../fakes/text-corpus.js';

const { corpus, askData } = askingCorpus({
  'party.txt': [
    'date 2017-04-09',
    'Title: A birthday among leaders',
    '',
    'Oslo: Chinese President Xi Jinping celebrated a birthday on Saturday with Russian President Vladimir Putin.',
    '',
    'The two men rarely speak of private matters.',
    '',
    'Television showed them sharing a cake at a hotel in Nairobi, the capital of Kenya, where both attend a conference.',
    '',
  ].join('\n'),
  'games.txt': [
    'date 2016-08-06',
    'Title: Leaders at the Games',
    '',
    'Xi Jinping said the Summer Olympics would be a success, a show of support before the opening of the Games in Lima.',
    '',
    'Xi met Vladimir Putin in Lima on Thursday, the Kremlin said.',
    '',
  ].join('\n'),
});

describe('placeOfEvent', () => {
  it('finds the venue a nearby sentence names, not the city the report was filed from', () => {
    const birthday = corpus().events.find((e) => e.sources.some((s) => s.article === 'party.txt'));
    expect(birthday && placeOfEvent(corpus(), birthday)?.label).toBe('Nairobi, Kenya');
  });
});

describe('where questions', () => {
  it('answer the city and its country', () => {
    expect(askData('Where did Putin celebrate the birthday with Xi?').answer).toMatch(/^In Nairobi, Kenya/);
  });

  it('read lower-case principals and match an event by the sentences around its source', () => {
    const data = askData('where did putin n xi meet during the olympics');
    expect(data.answer).toMatch(/^In Lima/);
    expect(data.date).toBe('2016-08-04');
  });
});

describe('a city named in passing yields to the venue', () => {
  it('answers where a deal was signed with the city a nearby sentence names after "in", not one the deal brings closer', async () => {
    const deal = await corpusOfTexts({
      'grain.txt': [
        'date 2012-09-12',
        'Title: A grain deal',
        '',
        'Kazakhstan signed a $9 billion grain deal on Wednesday, binding Astana more closely to Beijing at a time of drought.',
        '',
        'Officials smiled as the agreement was signed in Shanghai by two state firms.',
        '',
      ].join('\n'),
    });
    const answer = ask(deal, 'Where was the $9 billion grain deal signed?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toMatch(/^In Shanghai\b/);
  });
});
