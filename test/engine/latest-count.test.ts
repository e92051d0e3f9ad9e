import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: two "met N times" claims years apart, the later one naming the leaders only by title and relation.
const { askData } = askingCorpus({
  'early.txt': [
    'date 2031-07-04',
    'Title: Xi expects a fruitful visit',
    '',
    'Xi Jinping noted that since taking office he has met with Putin 20 times.',
  ].join('\n'),
  'late.txt': [
    'date 2036-10-18',
    'Title: Leaders meet at the forum',
    '',
    'The forum opened in Beijing with delegations from 130 countries.',
    '',
    'The Chinese leader said he and his Russian counterpart had met 40 times since 2029.',
  ].join('\n'),
});

describe('how many times they have met', () => {
  it('answers with the latest claim, found also where the leaders are named by title and relation', () => {
    expect(askData('How many times have Xi and Putin met?').answer).toMatch(/^As of 18 October 2036.*40 times/);
  });

  it('answers "as of" a year with the latest claim reported by then', () => {
    expect(askData('As of 2032, how many times had Xi and Putin met?').answer).toMatch(/^As of 4 July 2031.*20 times/);
  });
});
