import { beforeAll, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import type { Corpus } from '../../src/engine/corpus.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await corpusOfTexts({
    'lima.txt': 'date 2015-04-09\nTitle: Talks in Lima\n\nXi Jinping and Vladimir Putin held talks in Lima on Wednesday about a railway.\n',
    'quito.txt': 'date 2016-04-14\nTitle: Talks in Quito\n\nXi Jinping and Vladimir Putin held talks in Quito on Wednesday about a railway and a port.\n',
  });
});

const dateOf = (question: string): string | undefined => {
  const answer = ask(corpus, question, { today: '2026-11-22' as IsoDate });
  return answer.kind === 'ask' ? answer.data.date : undefined;
};

describe('events for a question that names a city', () => {
  it.each([
    ['When did Xi and Putin discuss the railway and the port in Lima?', '2015-04-08'],
    ['when did xi and putin hold talks in the Peruvian capital', '2015-04-08'],
    ['when did xi and putin hold talks in quito', '2016-04-13'],
  ])('%s → %s: an event known to be elsewhere does not answer', (question, date) => {
    expect(dateOf(question)).toBe(date);
  });
});
