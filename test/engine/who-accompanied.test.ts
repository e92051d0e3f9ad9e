import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('who did the act asked about: the sentence that says it', () => {
  it('names the officials accompanying a leader, not the host of his visit', async () => {
    const corpus = await corpusOfTexts({
      'oslo.txt': [
        'date 2031-04-14',
        'Title: Xi begins a state visit to Norway',
        '',
        'Xi Jinping met Norwegian Prime Minister Erik Lunde in Oslo on Monday at the start of a state visit.',
        '',
        'Li Wenbo, Zhao Minghai and other senior officials of the central government are accompanying Xi on the visit.',
        '',
        'The two sides are expected to sign agreements on shipping and fisheries.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'Who accompanied Xi on his 2031 visit to Oslo?', { today });
    const text = answer.kind === 'ask' ? answer.data.answer : '';
    expect(text).toMatch(/^Li Wenbo, Zhao Minghai — /);
    expect(text).not.toMatch(/^Erik Lunde/);
  });
});
