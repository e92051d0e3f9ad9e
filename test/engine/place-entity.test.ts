import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('a city the question names is required, whatever its ending', () => {
  it('does not answer "who did Putin meet in Tehran" with a meeting the articles do not place there', async () => {
    const corpus = await corpusOfTexts({
      'talks.txt': [
        'date 2031-04-10',
        'Title: Putin and Xi hold talks',
        '',
        'Vladimir Putin met Xi Jinping on Thursday for talks on grain and railways, the Kremlin said.',
        '',
      ].join('\n'),
      'forum.txt': [
        'Title: Leaders gather for a regional forum',
        '',
        'On October 22, a regional forum opened and many leaders arrived in Tehran to meet Vladimir Putin.',
        '',
        'Putin met Kenyan President Daniel Otieno and Chilean President Rosa Vidal on the first day.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'Who did Putin meet in Tehran?', { today });
    const data = answer.kind === 'ask' ? answer.data : null;
    expect(data?.answer).not.toContain('Xi Jinping');
    expect(data?.citations[0]?.article).toBe('forum.txt');
  });
});
