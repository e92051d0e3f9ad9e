import { describe, expect, it } from 'vitest';
import { createProgressReporter, formatIngestSummary } from '../../src/ingest/progress.js';

describe('formatIngestSummary', () => {
  it('says what was read, skipped and failed, and how long it took', () => {
    expect(formatIngestSummary({ articles: 1204, skipped: 1, errors: 2, ms: 1834 })).toBe('read 1204 articles, skipped 1 file, 2 errors in 1.83 s');
  });
});

describe('createProgressReporter', () => {
  it('draws on a terminal and finishes the line at the end', () => {
    const out: string[] = [];
    let clock = 0;
    const report = createProgressReporter({ isTTY: true, write: (s: string) => out.push(s) }, () => (clock += 200));
    for (let done = 1; done <= 100; done++) report(done, 100);
    expect(out.length).toBeGreaterThan(1);
    expect(out.at(-1)).toMatch(/100\/100 files\n$/);
  });

  it('stays silent when output is not a terminal', () => {
    const out: string[] = [];
    const report = createProgressReporter({ isTTY: false, write: (s: string) => out.push(s) });
    for (let done = 1; done <= 100; done++) report(done, 100);
    expect(out).toEqual([]);
  });
});
