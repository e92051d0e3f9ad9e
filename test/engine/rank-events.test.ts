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

describe('events for a question whose rare words tell one occasion from another', () => {
  it('prefers the call a nearby sentence ties to the occasion asked about over a call that says more common words', async () => {
    const calls = await corpusOfTexts({
      'june.txt': [
        'date 2017-06-14',
        'Title: Leaders hold a call',
        '',
        'Xi Jinping held a phone call with Vladimir Putin on Wednesday.',
        '',
        'It was their third call this year, state television reported.',
        '',
        'The call took place on the day the new canal opened to barges.',
        '',
      ].join('\n'),
      'march.txt': [
        'date 2018-03-05',
        'Title: Leaders speak by phone',
        '',
        'Xi Jinping spoke with Vladimir Putin by phone on Monday about trade.',
        '',
      ].join('\n'),
      // Phone calls are common news; a canal opening is not.
      ...Object.fromEntries([1, 2, 3, 4].map((i) => [`other${i}.txt`, `date 201${i}-01-0${i}\nTitle: Calls\n\nXi Jinping spoke by phone with Prime Minister Lena Berg.\n\nBerg spoke by phone with her cabinet too.\n`])),
    });
    const answer = ask(calls, 'When did Xi and Putin speak by phone on the day the canal opened to barges?', { today: '2026-11-22' as IsoDate });
    expect(answer.kind === 'ask' && answer.data.date).toBe('2017-06-14');
  });
});
