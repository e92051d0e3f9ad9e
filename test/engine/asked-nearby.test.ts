import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { askedFor, gives } from '../../src/engine/asked-for.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('a length or an hour told in the sentence beside the occasion', () => {
  it('reads a span of days as a length and a clock time as an hour', () => {
    const long = askedFor('How long was the visit?');
    const hour = askedFor('What time did the talks begin?');
    expect(long && gives(long, 'The trip is scheduled for June 3 to 5.')).toBe(true);
    expect(long && gives(long, 'Trade grew in 2019-2020.')).toBe(false);
    expect(hour?.kind).toBe('time');
    expect(hour && gives(hour, 'The talks began at 10:45 local time.')).toBe(true);
    expect(hour && gives(hour, 'It was the first time the two met.')).toBe(false);
  });

  it('answers "how long was the visit" from "The visit … is scheduled for June 3 to 5"', async () => {
    const corpus = await corpusOfTexts({
      'lima.txt': [
        'date 2031-06-03',
        'Title: Xi arrives in Lima',
        '',
        'Xi Jinping arrived in Lima on Tuesday for a state visit to Peru.',
        '',
        'The visit, at the invitation of the Peruvian president, is scheduled for June 3 to 5.',
        '',
        'Xi Jinping is expected to sign agreements on mining and ports.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, "How long was Xi's June 2031 state visit to Peru?", { today });
    expect(answer.kind === 'ask' && answer.data.answer).toContain('June 3 to 5');
  });

  it('answers "what time did the video summit begin" from the sentence that gives the hour', async () => {
    const corpus = await corpusOfTexts({
      'summit.txt': [
        'date 2031-02-11',
        'Title: Putin and Xi end their video summit',
        '',
        'Vladimir Putin and Xi Jinping have wrapped up their video summit.',
        '',
        'According to the state broadcaster, the conversation began at 10:45 Moscow time and lasted about an hour.',
        '',
        'At the beginning of the video summit, Putin greeted Xi as an old friend.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What time did the February 2031 video summit begin?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toContain('10:45');
  });
});
