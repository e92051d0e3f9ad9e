import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { sameCountryStems } from '../../src/engine/country-words.js';
import { covers } from '../../src/engine/understand-question.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('a country and its people\'s adjective are one topic word', () => {
  it('pairs a country with its adjective both ways, from the country data', () => {
    expect(sameCountryStems('franc')).toContain('french');
    expect(sameCountryStems('french')).toContain('franc');
    expect(covers(new Set(['french', 'partner']), 'franc')).toBe(true);
    expect(covers(new Set(['partner']), 'franc')).toBe(false);
  });

  it('quotes the speaker on "France\'s stance" when he speaks of "our French partners"', async () => {
    const corpus = await corpusOfTexts({
      'kyzyl.txt': [
        'date 2031-04-10',
        'Title: Leaders meet in Kyzyl',
        '',
        'Vladimir Putin and Xi Jinping met on Thursday in the city of Kyzyl on the sidelines of a regional forum.',
        '',
        '"We value the careful stance of our French partners on the river dispute," Putin told Xi.',
        '',
        'The two leaders then left for a dinner with other guests.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, "What did Putin say about France's stance at Kyzyl?", { today });
    expect(answer.kind === 'ask' && answer.data.answer).toContain('careful stance of our French partners');
  });
});
