import { beforeAll, describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/answer.js';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import type { Corpus } from '../../src/engine/corpus.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await corpusOfTexts({
    'lisbon.txt': 'date 2019-03-14\nTitle: Talks in Lisbon\n\nChinese President Xi Jinping and Russian President Vladimir Putin held talks in Lisbon on Wednesday.\n',
    'quito.txt': 'date 2019-10-03\nTitle: Leaders in Quito\n\nXi Jinping met Vladimir Putin in Quito on Tuesday, the Kremlin said.\n',
    'call.txt': 'date 2019-12-20\nTitle: A phone call\n\nXi Jinping and Vladimir Putin held a phone call on Thursday.\n',
    'other.txt': 'date 2020-05-06\nTitle: Talks in Oslo\n\nXi Jinping and Vladimir Putin held talks in Oslo on Tuesday.\n',
  });
});

const askData = (question: string): AskData => {
  const answer = ask(corpus, question, { today });
  if (answer.kind !== 'ask') throw new Error(`expected an ask answer, got ${answer.kind}: ${answer.headline}`);
  return answer.data;
};

describe('aggregate questions', () => {
  it('list every meeting of the year with its place and date, and only that year', () => {
    const data = askData('where did xi and putin meet in 2019?');
    expect(data.answer).toContain('Lisbon, Portugal, 13 March 2019');
    expect(data.answer).toContain('Quito, Ecuador, 1 October 2019');
    expect(data.answer).not.toContain('Oslo');
    expect(data.answer).toContain('phone or video 1 time');
    expect(data.date).toBe('2019-03-13');
  });

  it('count the meetings the articles show, and say that is what is counted', () => {
    const data = askData('How many times did Xi and Putin meet in 2019, according to these articles?');
    expect(data.answer).toMatch(/^Counting what the articles show, Xi Jinping and Vladimir Putin met 2 times in 2019 \(2 meetings/);
  });

  it('say so when the year has none', () => {
    expect(askData('where did they meet in 2017?').answer).toMatch(/^I don't know of any meeting/);
  });
});

describe('aggregate questions: what is a meeting of theirs, and where', () => {
  it('lists neither an event of others that a sentence about them mentions, nor a city named as a government', async () => {
    const texts = await corpusOfTexts({
      'war.txt': [
        'date 2021-06-10',
        'Title: Xi calls Putin',
        '',
        'It was Xi Jinping\'s second call with Vladimir Putin since Freedonia invaded Sylvania in late March, state radio reported.',
        '',
      ].join('\n'),
      'pact.txt': [
        'date 2021-09-01',
        'Title: A pact',
        '',
        'Beijing has refused to condemn Moscow for its role in the conflict.',
        '',
        'Xi Jinping and Vladimir Putin declared a "no limits" partnership in March 2021.',
        '',
        'Beijing has refused to condemn Moscow since.',
        '',
      ].join('\n'),
    });
    const answer = ask(texts, 'where did xi and putin meet in 2021?', { today });
    const text = answer.kind === 'ask' ? answer.data.answer : '';
    expect(text).not.toMatch(/invaded|Sylvania/);
    expect(text).not.toContain('Moscow');
  });
});
