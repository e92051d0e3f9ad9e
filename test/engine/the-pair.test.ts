import { describe, expect, it } from 'vitest';
import { understand } from '../../src/engine/understand-question.js';
import { askingCorpus, ENGINE_TEST_TODAY as today } from '../fakes/text-corpus.js';

// Invented reports: at one summit Xi meets another leader on one day and Putin the next.
const { askData, corpus } = askingCorpus({
  'other.txt': [
    'date 2031-11-22',
    'Title: Xi meets Obiang Mba in Lima',
    '',
    'Chinese President Xi Jinping met President Tomas Obiang Mba in Lima on Saturday.',
  ].join('\n'),
  'pair.txt': [
    'date 2031-11-21',
    'Title: Leaders at the summit',
    '',
    'Chinese President Xi Jinping and Russian President Vladimir Putin attended the summit sessions in Lima on Friday.',
  ].join('\n'),
});

describe('"they" and "the two leaders", with no one named', () => {
  it('are read as the pair, and not as topic words', () => {
    const q = understand(corpus(), 'When did the two leaders meet in Lima?', today);
    expect(q.aboutThePair).toBe(true);
    expect(q.topic).not.toContain('leader');
    expect(understand(corpus(), 'When did Xi meet Obiang Mba?', today).aboutThePair).toBe(false);
  });

  it('prefer the event both leaders take part in', () => {
    expect(askData('When did the two leaders meet in Lima?').date).toBe('2031-11-21');
    expect(askData('When did they meet in Peru?').date).toBe('2031-11-21');
  });
});
