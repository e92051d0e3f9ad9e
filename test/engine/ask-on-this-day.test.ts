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
    'summit.txt': 'date 2019-08-20\nTitle: Leaders meet in Lisbon\n\nChinese President Xi Jinping and Russian President Vladimir Putin held talks in Lisbon on Tuesday.\n',
    'gala.txt': 'date 2021-03-10\nTitle: A busy week\n\nThe foreign minister hosted ambassadors at a spring gala concert on Monday (March 8) in the capital.\n',
  });
});

const askData = (question: string): AskData => {
  const answer = ask(corpus, question, { today });
  if (answer.kind !== 'ask') throw new Error(`expected an ask answer, got ${answer.kind}: ${answer.headline}`);
  return answer.data;
};

describe('on-this-day questions with a month and day in them', () => {
  it.each(['what happened on 08-20?', 'on this day 08-20 wat hapened', 'what happened on August 20?', 'What happened on 20 August'])(
    '%s → the event of that day, not today\'s',
    (question) => {
      const data = askData(question);
      expect(data.date).toBe('2019-08-20');
      expect(data.answer).toMatch(/^On 20 August: 20 August 2019/);
      expect(data.citations[0]?.article).toBe('summit.txt');
    },
  );

  it('falls back to a sentence dated to that day when no event was made of it', () => {
    const data = askData('what happened on 03-08?');
    expect(data.date).toBe('2021-03-08');
    expect(data.citations[0]?.quote).toContain('spring gala concert');
  });

  it('says it does not know when nothing is dated to that day', () => {
    expect(askData('what happened on 01-30?').answer).toMatch(/^I don't know/);
  });
});
