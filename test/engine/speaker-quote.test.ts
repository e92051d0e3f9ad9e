import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

describe('what did X tell Y when …', () => {
  it('quotes the speaker\'s words near the sentence that tells of the occasion', async () => {
    const corpus = await corpusOfTexts({
      'medal.txt': [
        'date 2011-05-03',
        'Title: A medal for Xi',
        '',
        'Vladimir Putin has presented Xi Jinping with the Order of the Golden Fern.',
        '',
        'The ceremony took place in a palace hall.',
        '',
        '"You have done much for the river trade between our nations," Putin said, addressing Xi Jinping.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What did Putin tell Xi when he presented the Order of the Golden Fern?', { today: '2026-11-22' as IsoDate });
    expect(answer.kind === 'ask' && answer.data.citations[0]?.quote).toContain('river trade');
  });
});
