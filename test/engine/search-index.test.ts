import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../src/engine/parse-search-query.js';
import type { SearchQuery } from '../../src/engine/parse-search-query.js';
import { createSearchIndex, dateRange, soundKey } from '../../src/engine/search-index.js';
import type { SearchDoc, SearchIndex } from '../../src/engine/search-index.js';

// A small handwritten corpus: invented outlets and events, not the seed articles.
const DOCS: readonly SearchDoc[] = [
  { id: 'a1', text: 'The premier arrived in Harbin on Monday for a trade fair.', title: 'Premier opens Harbin fair', date: '2019-06-10', outlet: 'Northern Daily' },
  { id: 'a2', text: 'Lavrov met the Mongolian foreign minister in Ulaanbaatar to discuss the railway.', title: 'Steppe railway talks', date: '2019-06-12', outlet: 'Steppe Herald' },
  { id: 'a3', text: 'The railway will carry grain from Siberia to the coast.', title: 'Steppe railway talks', date: '2019-06-12', outlet: 'Steppe Herald' },
  { id: 'b1', text: 'Putin and Xi signed a grain agreement in Vladivostok during the Eastern Economic Forum.', title: 'Forum ends with grain deal', date: '2018-09', outlet: 'Pacific Wire' },
  { id: 'b2', text: 'Officials said the grain deal would double exports.', title: 'Forum ends with grain deal', date: '2018-09', outlet: 'Pacific Wire' },
  { id: 'c1', text: 'Putin praised the Kremlin guard before the parade.', date: '2020', outlet: 'Moscow Courier' },
  { id: 'c2', text: 'Xi inspected troops at a base near the border.', date: '2020-W32', outlet: null },
  { id: 'd1', text: 'The Olympics opening ceremony drew leaders from twenty countries.', title: 'Games open', date: '2022-02-04', outlet: 'Pacific Wire' },
  { id: 'd2', text: 'Protesters gathered outside the stadium before the opening.', title: 'Games open', date: '2022-02-04', outlet: 'Pacific Wire' },
  { id: 'e1', text: 'A ceremony opening the new bridge was postponed.', outlet: 'Northern Daily' },
  { id: 'e2', text: 'Xi Jinping visited Moscow and met Putin in the Kremlin for talks on energy.', title: 'State visit', date: '2023-03-20', outlet: 'Global Mirror' },
  { id: 'e3', text: 'Putin said energy exports to Asia would grow.', title: 'State visit', date: '2023-03-21', outlet: 'Global Mirror' },
];

const index = createSearchIndex(DOCS);

function query(raw: string): SearchQuery {
  const parsed = parseSearchQuery(raw);
  if (!parsed.ok) throw new Error(`${raw}: ${parsed.error.message}`);
  return parsed.value;
}

function ids(raw: string, idx: SearchIndex = index, limit = 20): string[] {
  return idx.search(query(raw), { limit }).hits.map((h) => h.id);
}

describe('createSearchIndex ranking', () => {
  it('ranks a document with every query word above documents with one', () => {
    const found = ids('Xi Putin Kremlin');
    expect(found[0]).toBe('e2');
    expect(found).toEqual(expect.arrayContaining(['c1', 'c2', 'b1', 'e3']));
  });

  it('answers a question by its content words, ignoring when/did', () => {
    expect(ids('when did Xi visit Moscow')[0]).toBe('e2');
    expect(ids('where was the grain agreement signed')[0]).toBe('b1');
  });

  it('matches inflections: visits/visited, meeting/met', () => {
    expect(ids('Xi visits')[0]).toBe('e2');
    expect(ids('Lavrov meeting')[0]).toBe('a2');
  });

  it('reports the matched words as spelled in the corpus', () => {
    const hit = index.search(query('Xi visits Moscow')).hits[0];
    expect(hit?.matchedTerms).toEqual(['xi', 'visited', 'moscow']);
    expect(hit?.score).toBeGreaterThan(0);
  });

  it('uses the title field: a title word finds the article sentences', () => {
    expect(ids('Steppe')).toEqual(['a2', 'a3']);
  });

  it('returns nothing, without error, for words the corpus lacks', () => {
    const result = index.search(query('zzzzqq'));
    expect(result).toEqual({ hits: [], total: 0, corrections: [] });
  });

  it('breaks score ties by id, whatever the input order', () => {
    const reversed = createSearchIndex([...DOCS].reverse());
    expect(ids('grain', reversed)).toEqual(ids('grain'));
    expect(ids('Pacific', reversed)).toEqual(ids('Pacific'));
  });
});

describe('typo tolerance', () => {
  it.each([
    ['Puttin', 'putin'],
    ['Kremln', 'kremlin'],
    ['Lavorv', 'lavrov'],
    ['Vladivostk', 'vladivostok'],
    ['olimpics', 'olympics'],
  ])('%s is corrected to %s and reported', (typo, corrected) => {
    const result = index.search(query(typo));
    expect(result.corrections).toEqual([{ from: typo.toLowerCase(), to: corrected }]);
    expect(result.hits.length).toBeGreaterThan(0);
    expect(result.hits[0]?.matchedTerms).toEqual([corrected]);
  });

  it('counts edits on the words as spelled, not on stems: "Paris" is not "praised" (stem "prais")', () => {
    expect(index.search(query('Paris')).corrections).toEqual([]);
  });

  it('completes the start of a word that is no typo', () => {
    const result = index.search(query('Vladiv'));
    expect(result.corrections).toEqual([{ from: 'vladiv', to: 'vladivostok' }]);
    expect(result.hits.map((h) => h.id)).toEqual(['b1']);
    expect(index.search(query('Kreml')).corrections).toEqual([{ from: 'kreml', to: 'kremlin' }]);
    expect(index.search(query('Krem')).corrections).toEqual([]); // four letters: too short to guess from
  });

  it('does not correct a word the corpus has', () => {
    expect(index.search(query('Harbin')).corrections).toEqual([]);
  });

  it('leaves words far from any vocabulary word alone', () => {
    expect(index.search(query('qqqqxxxx')).corrections).toEqual([]);
  });
});

describe('filters', () => {
  it('a phrase matches only the exact word sequence', () => {
    expect(ids('"opening ceremony"')).toEqual(['d1']);
    expect(ids('"ceremony opening"')).toEqual(['e1']);
  });

  it('a phrase with stopwords still matches as written', () => {
    expect(ids('"outside the stadium"')).toEqual(['d2']);
  });

  it('excluded words remove documents', () => {
    expect(ids('Putin')).toContain('c1');
    expect(ids('Putin -Kremlin')).not.toContain('c1');
    expect(ids('Putin -Kremlin')).not.toContain('e2');
    expect(ids('opening -"new bridge"')).not.toContain('e1');
  });

  it('from/to keep documents whose date overlaps the range, coarse dates included', () => {
    expect(ids('Putin from:2020 to:2020')).toEqual(['c1']);
    expect(ids('grain from:2018-09-15 to:2018-09-20').sort()).toEqual(['b1', 'b2']);
    expect(ids('Xi from:2020-08-05 to:2020-08-05')).toEqual(['c2']); // 2020-W32 is Aug 3–9
    expect(ids('Putin from:2021').sort()).toEqual(['e2', 'e3']);
    expect(ids('ceremony')).toContain('e1');
    expect(ids('ceremony to:2021')).toEqual([]); // e1 has no date, so cannot be shown to be in range
  });

  it('outlet matches a part of the outlet name, case-insensitively', () => {
    expect(ids('grain outlet:pacific').sort()).toEqual(['b1', 'b2']);
    expect(ids('outlet:"northern daily"').sort()).toEqual(['a1', 'e1']);
  });

  it('person requires one of the name words', () => {
    expect(ids('grain person:Xi')[0]).toBe('b1');
    expect(ids('grain person:Xi')).not.toContain('b2');
    expect(ids('energy person:Putin').slice(0, 2).sort()).toEqual(['e2', 'e3']);
    expect(ids('energy person:Putin')).not.toContain('a1');
    expect(ids('border person:"Xi Jinping"')[0]).toBe('c2');
    expect(ids('border person:"Xi Jinping"')).not.toContain('c1');
  });

  it("applies the caller's filter", () => {
    const found = index.search(query('Putin'), { filter: (id) => id.startsWith('e') }).hits.map((h) => h.id);
    expect(found.sort()).toEqual(['e2', 'e3']);
  });

  it('keeps working after a caller filter throws', () => {
    expect(() => index.search(query('Putin'), { filter: () => { throw new Error('boom'); } })).toThrow('boom');
    expect(ids('Xi Putin Kremlin')[0]).toBe('e2');
    expect(index.search(query('Putin')).total).toBe(4);
  });
});

describe('paging', () => {
  it('pages concatenate to the full list, and total counts every match', () => {
    const all = index.search(query('the Putin Xi grain opening railway'), { limit: 100 });
    expect(all.total).toBe(all.hits.length);
    expect(all.total).toBeGreaterThan(6);
    const paged: string[] = [];
    for (let offset = 0; offset < all.total; offset += 3) {
      const page = index.search(query('the Putin Xi grain opening railway'), { limit: 3, offset });
      expect(page.total).toBe(all.total);
      paged.push(...page.hits.map((h) => h.id));
    }
    expect(paged).toEqual(all.hits.map((h) => h.id));
  });

  it('an offset past the end gives no hits but the true total', () => {
    const result = index.search(query('Putin'), { offset: 50 });
    expect(result.hits).toEqual([]);
    expect(result.total).toBe(4);
  });

  it('clamps absurd limits and offsets', () => {
    expect(index.search(query('Putin'), { limit: -5 }).hits.length).toBe(1);
    expect(index.search(query('Putin'), { limit: Number.NaN, offset: Number.POSITIVE_INFINITY }).hits.length).toBeLessThanOrEqual(1);
    expect(index.search(query('the Putin Xi grain opening'), { limit: 10_000 }).hits.length).toBeLessThanOrEqual(100);
  });
});

describe('bad input', () => {
  it('an empty index answers with nothing', () => {
    expect(createSearchIndex([]).search(query('Putin'))).toEqual({ hits: [], total: 0, corrections: [] });
  });

  it('arbitrary strings never throw through parse and search, and hits stay within the limit', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 600 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.stringMatching(/^[-"a-zA-Z: !^=$|'()0-9]{0,80}$/)), (raw) => {
        const parsed = parseSearchQuery(raw);
        if (!parsed.ok) return;
        const result = index.search(parsed.value, { limit: 5 });
        expect(result.hits.length).toBeLessThanOrEqual(5);
        expect(result.total).toBeGreaterThanOrEqual(result.hits.length);
      }),
      { numRuns: 1_000 },
    );
  });

  it('hostile queries over 20k documents stay fast', () => {
    const big = createSearchIndex(Array.from({ length: 20_000 }, (_, i) => ({
      id: `s${i}`,
      text: `Leader ${i % 97} met envoy ${i % 89} in city ${i % 13} about topic ${i % 31} and the ${['grain', 'gas', 'rail'][i % 3]} deal.`,
    })));
    const hostile = ['!zzzz', '(a+)+$', `${'a'.repeat(30)}!`, '"unbalanced the deal', 'x'.repeat(500), 'deal '.repeat(99), 'the a of', '"the and of"'];
    for (const raw of hostile) {
      // Best of three, so a busy test machine does not fail the test; a slow path (a scan with a long fuzzy pattern) would
      // take seconds every time.
      const times: number[] = [];
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const parsed = parseSearchQuery(raw);
        if (parsed.ok) big.search(parsed.value);
        times.push(performance.now() - start);
      }
      expect(Math.min(...times), raw.slice(0, 20)).toBeLessThan(200);
    }
  });
});

describe('dateRange', () => {
  it.each([
    ['2021', ['2021-01-01', '2021-12-31']],
    ['2024-02', ['2024-02-01', '2024-02-29']],
    ['2021-12-15', ['2021-12-15', '2021-12-15']],
    ['2021-W46', ['2021-11-15', '2021-11-21']],
    ['2020-W01', ['2019-12-30', '2020-01-05']],
    ['soon', null],
  ])('%s → %j', (value, expected) => {
    expect(dateRange(value)).toEqual(expected);
  });
});

describe('short words spelt by ear', () => {
  it.each([['fone', 'phone'], ['cal', 'call'], ['tok', 'tock']])('%s sounds like %s', (typed, word) => {
    expect(soundKey(typed)).toBe(soundKey(word));
  });

  it('corrects a short word the corpus lacks to the corpus word with the same sounds', () => {
    const calls = createSearchIndex([
      { id: 'a', text: 'The ministers held a phone call on Monday.' },
      { id: 'b', text: 'The ministers met in Rome.' },
    ]);
    const result = calls.search(query('fone cal'));
    expect(result.corrections).toEqual([{ from: 'fone', to: 'phone' }, { from: 'cal', to: 'call' }]);
    expect(result.hits[0]?.id).toBe('a');
  });

  it('leaves a short word the corpus has alone', () => {
    const calls = createSearchIndex([{ id: 'a', text: 'A cal is a unit; a call is a call.' }]);
    expect(calls.search(query('cal')).corrections).toEqual([]);
  });
});
