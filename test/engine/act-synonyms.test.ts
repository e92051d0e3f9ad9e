import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: the later act is a call, which no sentence calls "talk".
const { askData } = askingCorpus({
  'talks.txt': [
    'date 2031-03-14',
    'Title: Leaders hold talks',
    '',
    'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Lima on Friday.',
  ].join('\n'),
  'call.txt': [
    'date 2032-07-02',
    'Title: A phone call',
    '',
    'Chinese President Xi Jinping and Russian President Vladimir Putin held a phone call on Thursday.',
  ].join('\n'),
});

describe('a question word for the act covers the words news uses for it', () => {
  it('"talk" finds a call as well as talks, so "last" picks the later call', () => {
    expect(askData('When did they last talk?').date).toBe('2032-07-01');
    expect(askData('When did Xi and Putin last speak?').date).toBe('2032-07-01');
  });

  it('"first" still picks the earlier talks', () => {
    expect(askData('When did Xi and Putin first talk?').date).toBe('2031-03-14');
  });
});
