import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/events/split-clauses.js';

const texts = (s: string) => splitClauses(s).map((c) => ({ text: s.slice(c.start, c.end).trim(), opener: c.opener }));

describe('splitClauses', () => {
  it('ends a subordinate clause at a comma, not at a thousands separator inside it', () => {
    expect(texts('Lena Marsh toured the plant, which employs 12,500 workers in Perm, on Tuesday.')).toEqual([
      { text: 'Lena Marsh toured the plant,', opener: '' },
      { text: 'which employs 12,500 workers in Perm,', opener: 'which' },
      { text: 'on Tuesday.', opener: '' },
    ]);
  });

  it('still ends it at the comma after a number written with a space', () => {
    expect(texts('After the count in 2029, 300 delegates left.')[0]).toEqual({ text: 'After the count in 2029,', opener: 'after' });
  });
});
