import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: talks dated only by their year, and a call dated to the day in the month asked about.
const { askData } = askingCorpus({
  'year.txt': [
    'date 2031-11-02',
    'Title: Leaders review trade',
    '',
    'Chinese President Xi Jinping and Russian President Vladimir Putin discussed trade at talks in Beijing in 2031, officials said.',
  ].join('\n'),
  'day.txt': [
    'date 2031-02-17',
    'Title: Xi and Putin speak by phone',
    '',
    'Chinese President Xi Jinping held a phone call with Russian President Vladimir Putin on Monday.',
  ].join('\n'),
});

describe('a month or a day asked about', () => {
  it('is answered by an event dated inside it before a coarser one that merely overlaps it', () => {
    expect(askData('What did they discuss in February 2031?').date).toBe('2031-02-17');
  });

  it('leaves a coarser event the answer when nothing finer fits', () => {
    expect(askData('When did Xi and Putin discuss trade in Beijing in November 2031?').date).toBe('2031');
  });
});
