import { describe, expect, it } from 'vitest';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: no sentence names the country of its city, so a country question must go through the place data.
const { askData } = askingCorpus({
  'lima.txt': [
    'date 2031-03-14',
    'Title: Leaders meet in the Andes',
    '',
    'Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Lima on Friday.',
    '',
    'They discussed grain and fertiliser.',
  ].join('\n'),
  'nairobi.txt': [
    'date 2032-07-02',
    'Title: A second summit',
    '',
    'Chinese President Xi Jinping and Russian President Vladimir Putin met in Nairobi on Thursday.',
    '',
    'The talks lasted three hours.',
  ].join('\n'),
  'oslo.txt': [
    'date 2033-05-20',
    'Title: A call between capitals',
    '',
    'Chinese President Xi Jinping spoke with Russian President Vladimir Putin by phone on Friday.',
  ].join('\n'),
});

describe('questions that name a place', () => {
  it('find the meeting in a city of the country asked about, in any spelling', () => {
    expect(askData('When did Xi and Putin meet in Peru?').date).toBe('2031-03-14');
    expect(askData('When did they meet in Kenia?').date).toBe('2032-07-01');
  });

  it('find the meeting in the capital a descriptor names', () => {
    expect(askData('When did Xi and Putin meet in the Kenyan capital?').date).toBe('2032-07-01');
  });

  it('never answer with a meeting known to be in another country', () => {
    const answer = askData('When did Xi and Putin meet in Brazil?');
    expect(answer.answer).toMatch(/^I don't know/);
    expect(answer.date === '2031-03-14' || answer.date === '2032-07-01').toBe(false);
  });
});
