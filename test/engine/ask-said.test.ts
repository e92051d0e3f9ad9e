import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('what did X say: the words of X', () => {
  it('quotes the person asked about, not the other leader who speaks of the same occasion', async () => {
    const corpus = await corpusOfTexts({
      'jubilee.txt': [
        'date 2011-05-03',
        'Title: Messages for the 40th anniversary of the canal treaty',
        '',
        'Xi Jinping said he is ready to work with Vladimir Putin and mark the 40th anniversary of the canal treaty with new projects.',
        '',
        'In his message to Xi, Putin said the 40th anniversary of the canal treaty showed a friendship as strong as granite.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What did Putin write to Xi for the 40th anniversary of the canal treaty?', { today });
    expect(answer.kind === 'ask' && answer.data.citations[0]?.quote).toContain('granite');
  });

  it('says it does not know when only a third person speaks of a meeting still to come', async () => {
    const corpus = await corpusOfTexts({
      'plans.txt': [
        'date 2011-05-03',
        'Title: Leaders to meet in Harbin',
        '',
        'Vladimir Putin is getting ready for a meeting with Xi Jinping in Harbin, Ambassador Ivan Orlov told a news conference on Monday.',
        '',
        '"President Putin is looking forward to the Harbin meeting with President Xi Jinping," he noted.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What did Xi and Putin say to each other when they met in Harbin?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toMatch(/^I don't know/);
  });

  it('reads a lower-case month in the question as its date and still finds both sides\' stance', async () => {
    const corpus = await corpusOfTexts({
      'call.txt': [
        'date 2011-06-20',
        'Title: Putin and Xi hold a phone call',
        '',
        'Vladimir Putin and Xi Jinping held a phone call on Monday, aide Pavel Sokolov said.',
        '',
        'Sokolov: "Both sides firmly reject the tariffs imposed on Freedonia."',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'did putin and xi say anything about freedonia in june 2011??', { today });
    expect(answer.kind === 'ask' && answer.data.citations[0]?.quote).toContain('Freedonia');
  });
});

describe('who told / who said: the speaker', () => {
  it('answers with the person who told reporters, not the person the report is about', async () => {
    const corpus = await corpusOfTexts({
      'lima.txt': [
        'date 2011-05-03',
        'Title: Putin may visit Lima',
        '',
        'Vladimir Putin may meet President Ana Flores in Lima next month, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'Who told reporters that Putin might meet Ana Flores in Lima?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toMatch(/^Dmitry Peskov\b/);
  });
});
