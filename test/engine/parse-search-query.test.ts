import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, MAX_TERMS, parseSearchQuery } from '../../src/engine/parse-search-query.js';
import type { SearchQuery } from '../../src/engine/parse-search-query.js';

function parsed(raw: string): SearchQuery {
  const result = parseSearchQuery(raw);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(raw)} to parse, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

describe('parseSearchQuery', () => {
  it.each([
    ['Putin Beijing', { terms: ['putin', 'beijing'], phrases: [], excluded: [] }],
    ['when did Xi visit Moscow', { terms: ['xi', 'visit', 'moscow'], phrases: [], excluded: [] }],
    ['"Winter Olympics" Putin', { terms: ['putin'], phrases: ['winter olympics'], excluded: [] }],
    ['“opening ceremony”', { terms: [], phrases: ['opening ceremony'], excluded: [] }],
    ['"Putin"', { terms: ['putin'], phrases: [], excluded: [] }],
    ['Putin -Biden', { terms: ['putin'], phrases: [], excluded: ['biden'] }],
    ['Putin -"joint statement"', { terms: ['putin'], phrases: [], excluded: ['joint statement'] }],
    ['summit from:2021', { terms: ['summit'], phrases: [], excluded: [], from: '2021' }],
    ['summit from:2021-12 to:2022-02-04', { terms: ['summit'], phrases: [], excluded: [], from: '2021-12', to: '2022-02-04' }],
    ['summit FROM:2021/3/5', { terms: ['summit'], phrases: [], excluded: [], from: '2021-03-05' }],
    ['summit since:2020 until:2021', { terms: ['summit'], phrases: [], excluded: [], from: '2020', to: '2021' }],
    ['outlet:"Global Times" Xi', { terms: ['xi'], phrases: [], excluded: [], outlet: 'global times' }],
    ['outlet:TASS', { terms: [], phrases: [], excluded: [], outlet: 'tass' }],
    ['person:Putin talks', { terms: ['talks'], phrases: [], excluded: [], person: 'putin' }],
    ['Sōchi', { terms: ['sochi'], phrases: [], excluded: [] }],
    ['the who', { terms: ['the', 'who'], phrases: [], excluded: [] }],
    ['meeting at 10:30', { terms: ['meeting', '10', '30'], phrases: [], excluded: [] }],
  ])('%j', (raw, expected) => {
    expect(parsed(raw)).toEqual(expected);
  });

  describe('fuse.js extended-search operators are plain characters', () => {
    it.each([
      ['!zzzz', ['zzzz']],
      ['^Putin', ['putin']],
      ['=exact', ['exact']],
      ["'include", ['include']],
      ['Moscow$', ['moscow']],
      ['Xi | Putin', ['xi', 'putin']],
      ['(a+)+$', ['a']],
      ['[', null],
      ['\\', null],
    ])('%j → terms %j', (raw, terms) => {
      const result = parseSearchQuery(raw);
      if (terms === null) {
        expect(result.ok).toBe(false);
      } else {
        expect(parsed(raw).terms).toEqual(terms);
      }
    });
  });

  it('reads an unbalanced quote as ordinary words', () => {
    expect(parsed('"winter olympics')).toEqual({ terms: ['winter', 'olympics'], phrases: [], excluded: [] });
    expect(parsed('Putin "Xi" "Beijing')).toEqual({ terms: ['putin', 'xi', 'beijing'], phrases: [], excluded: [] });
  });

  it('strips control and invisible characters', () => {
    expect(parsed('Pu\u0000tin\u200b \u0007Xi\u202e')).toEqual({ terms: ['pu', 'tin', 'xi'], phrases: [], excluded: [] });
  });

  it.each(['', '   ', ' '.repeat(10_000), '\u0000\u0001\t\n', '""', '-', '!!!'])('%j is empty with a hint', (raw) => {
    const result = parseSearchQuery(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('empty');
      expect(result.error.message).toMatch(/quotes|from:/);
    }
  });

  it('refuses a query over the length limit and names the limit', () => {
    const result = parseSearchQuery('x'.repeat(10_000));
    expect(result).toEqual({ ok: false, error: { code: 'too-long', message: expect.stringContaining(String(MAX_QUERY_LENGTH)) } });
    expect(parseSearchQuery('x'.repeat(MAX_QUERY_LENGTH)).ok).toBe(true);
  });

  it('keeps at most MAX_TERMS words', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`);
    expect(parsed(words.join(' ')).terms).toEqual(words.slice(0, MAX_TERMS));
  });

  it.each([
    ['from:2021-13', 'from:YYYY'],
    ['from:2021-02-30', 'from:YYYY'],
    ['to:yesterday', 'to:YYYY'],
    ['from:', 'from:YYYY'],
    ['outlet:', 'outlet:'],
    ['Putin from:2022 to:2021', 'from:2022 is after to:2021'],
  ])('%j is a bad filter naming the fix', (raw, fragment) => {
    const result = parseSearchQuery(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('bad-filter');
      expect(result.error.message).toContain(fragment);
    }
  });

  it('accepts a range inside one year written coarse and fine', () => {
    expect(parsed('x from:2021-03 to:2021')).toMatchObject({ from: '2021-03', to: '2021' });
  });

  it('an unknown key: is just words', () => {
    expect(parsed('note:Putin')).toEqual({ terms: ['note', 'putin'], phrases: [], excluded: [] });
  });

  it('never throws and stays bounded on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 800 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.stringMatching(/^[-"a-z: !^=$|'()0-9]{0,120}$/)), (raw) => {
        const result = parseSearchQuery(raw);
        if (result.ok) {
          expect(result.value.terms.length).toBeLessThanOrEqual(MAX_TERMS);
          expect(result.value.phrases.length).toBeLessThanOrEqual(4);
          expect(result.value.excluded.length).toBeLessThanOrEqual(8);
        } else {
          expect(result.error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
