import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports, all before the tests' "today": a past video call and visit, and a visit announced for later.
const { askData } = askingCorpus({
  'call.txt': [
    'date 2025-03-05',
    'Title: Putin and Xi hold video call',
    '',
    'Vladimir Putin and Xi Jinping held a video call on Tuesday to discuss a visit to China.',
  ].join('\n'),
  'plan.txt': [
    'date 2025-03-20',
    'Title: Kremlin outlines travel',
    '',
    'Vladimir Putin plans to visit China in 2027, the Kremlin said on Thursday.',
  ].join('\n'),
  'past.txt': [
    'date 2025-04-08',
    'Title: Xi in Borduria',
    '',
    'Chinese President Xi Jinping visited Borduria on Monday and met its leaders.',
  ].join('\n'),
});

describe('a question about what will happen', () => {
  it('is answered by the occasion announced in advance, not by a past one', () => {
    const data = askData('When will Putin visit China?');
    expect(data.date).toBe('2027');
  });

  it('says it does not know when the articles tell only of a past occasion', () => {
    expect(askData('When will Xi visit Borduria?').answer).toMatch(/^I don't know/);
    expect(askData('When did Xi visit Borduria?').date).toBe('2025-04-07');
  });
});
