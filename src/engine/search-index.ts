/**
 * The search index: an inverted index (term → postings with term frequency) scored with BM25 over text and title, typo
 * correction with fuse.js over the vocabulary (never over the documents), and filters applied to the scored candidates.
 * A query reads only the postings of its own words, rarest first (a word in most documents is looked up in the candidates
 * rather than scanned); text is read only for phrase checks, capped; fuse.js only ever sees a few dozen vocabulary words.
 */
import Fuse from 'fuse.js';
import { rangeOf } from './date-range.js';
import type { SearchQuery } from './parse-search-query.js';
import { foldText, isStopword, splitWords, stem, termOf, tokenize } from './tokenize.js';

export interface SearchDoc {
  readonly id: string;
  readonly text: string;
  readonly title?: string;
  /** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-Www`: what from:/to: compare against; a coarse date overlaps a range. */
  readonly date?: string;
  readonly outlet?: string | null;
  readonly kind?: 'sentence' | 'event' | 'title';
}

export interface SearchHit {
  readonly id: string;
  /** BM25 (text + weighted title) times the share of query words matched; higher is better, comparable within one query. */
  readonly score: number;
  /** The words found, as they are spelled in the corpus (after any correction), for highlighting. */
  readonly matchedTerms: readonly string[];
}

export interface SearchOptions {
  /** Hits per page, 1–100 (default 10). */
  readonly limit?: number;
  readonly offset?: number;
  readonly filter?: (id: string) => boolean;
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  /** Documents that match, before paging. */
  readonly total: number;
  /** Query words that were not in the corpus and were replaced: the answer can say "showing results for …". */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
}

export interface SearchIndex {
  search(query: SearchQuery, options?: SearchOptions): SearchResult;
  /** BM25's idf of an index term over the texts: how much finding it says ("birthday" more than "phone"). */
  rarity(stem: string): number;
  readonly size: number;
}

export interface SearchIndexOptions {
  /**
   * Weight of a title match relative to a text match (default 1). BM25's length normalisation already scores a word in a
   * short title about twice a word in a sentence; a larger weight let an article's title outrank its own sentences.
   */
  readonly titleWeight?: number;
}

const BM25_K1 = 1.2;
const BM25_B = 0.75;
/** How much a query word found only in the title counts towards coverage, against 1 for a word in the text. */
const TITLE_COVERAGE = 0.5;
const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
/** Deepest page reachable: offset + limit beyond this returns no hits (total is still exact). */
const MAX_WINDOW = 10_000;
/** One bit per query stem in a Uint32 mask. */
const MAX_STEMS = 32;
/** Candidates whose text is read for a phrase check, best-scoring first. */
const MAX_TEXT_CHECKS = 2_000;
/** Vocabulary words handed to fuse.js per misspelt word, preselected by shared letter pairs. */
const SPELLING_CANDIDATES = 40;
/** Shortest word corrected for typos, and shortest completed as a prefix. */
const MIN_CORRECTABLE = 5;
/** Shortest word matched by its sounds when the corpus lacks it. */
const MIN_SOUNDED = 3;
const MIN_COMPLETABLE = 5;
/** Query words looked up, whoever built the query. */
const MAX_QUERY_WORDS = 24;
/** Longest word we try to correct: fuse.js's Bitap works on at most 32 characters, and longer "words" are not typos. */
const MAX_CORRECTABLE = 24;
const SPELLING_THRESHOLD = 0.4;
const MAX_COMPLETIONS_SCANNED = 300;
/** Spellings kept per stem, for corrections measured against real words ("met", "meeting", "meets"). */
const MAX_SPELLINGS = 6;

interface Postings {
  readonly docs: Int32Array;
  readonly tfs: Uint16Array;
}

interface Term {
  readonly stem: string;
  readonly display: string;
}

interface Word {
  readonly stems: readonly string[];
  /** All of these words must match (phrase words), or at least one of the group (person), or none (plain words). */
  readonly role: 'plain' | 'required' | 'person';
}

export function createSearchIndex(docs: readonly SearchDoc[], options: SearchIndexOptions = {}): SearchIndex {
  const titleWeight = options.titleWeight ?? 1;
  const n = docs.length;

  // Ties break on id, so the order of `docs` never changes a result.
  const byId = Array.from({ length: n }, (_, i) => i).sort((a, b) => compareStrings(docs[a]?.id ?? '', docs[b]?.id ?? ''));
  const idRank = new Int32Array(n);
  byId.forEach((docIndex, rank) => { idRank[docIndex] = rank; });

  const text = buildField(docs.map((d) => d.text));
  const title = buildField(docs.map((d) => d.title ?? ''));
  const dateStart: (string | null)[] = [];
  const dateEnd: (string | null)[] = [];
  const outlets: (string | null)[] = [];
  for (const doc of docs) {
    const range = doc.date === undefined ? null : dateRange(doc.date);
    dateStart.push(range?.[0] ?? null);
    dateEnd.push(range?.[1] ?? null);
    outlets.push(doc.outlet ? splitWords(doc.outlet).join(' ') : null);
  }
  const speller = createSpeller([text, title]);

  // Scratch space reused by every query (search is synchronous, so queries never interleave).
  const scratch: Scratch = { scores: new Float64Array(n), masks: new Uint32Array(n), textMasks: new Uint32Array(n), touched: new Int32Array(1024), count: 0 };
  const { scores, masks, textMasks } = scratch;

  function search(query: SearchQuery, searchOptions: SearchOptions = {}): SearchResult {
    const limit = clampInt(searchOptions.limit ?? DEFAULT_LIMIT, 1, MAX_LIMIT);
    const offset = clampInt(searchOptions.offset ?? 0, 0, MAX_WINDOW);
    const corrections: { from: string; to: string }[] = [];

    const words: Word[] = [];
    // The parser caps words already; this cap guards callers that build a SearchQuery themselves.
    for (const word of query.terms.flatMap((term) => splitWords(term)).filter((w) => termOf(w) !== null).slice(0, MAX_QUERY_WORDS)) {
      words.push({ stems: correctWord(word, corrections), role: 'plain' });
    }
    const phraseStems = new Set<string>();
    for (const phrase of query.phrases) for (const s of tokenize(phrase)) phraseStems.add(s);
    for (const s of phraseStems) words.push({ stems: [s], role: 'required' });
    if (query.person !== undefined) {
      const personStems = splitWords(query.person).filter((w) => termOf(w) !== null).flatMap((w) => correctWord(w, corrections));
      if (personStems.length > 0) words.push({ stems: personStems, role: 'person' });
    }

    // One bit per distinct stem; a word's group is the set of bits of its stems.
    const terms: Term[] = [];
    const stemBit = new Map<string, number>();
    const groupMasks: number[] = [];
    let requiredMask = 0;
    let personMask = 0;
    for (const word of words) {
      let mask = 0;
      for (const s of word.stems) {
        let bit = stemBit.get(s);
        if (bit === undefined) {
          if (terms.length >= MAX_STEMS) continue;
          bit = terms.length;
          stemBit.set(s, bit);
          terms.push({ stem: s, display: displayOf(s) });
        }
        mask = (mask | (1 << bit)) >>> 0;
      }
      if (mask === 0) continue;
      groupMasks.push(mask);
      if (word.role === 'required') requiredMask = (requiredMask | mask) >>> 0;
      if (word.role === 'person') personMask = mask;
    }

    // Score: rarest terms first, so a very common term can be looked up in the candidates instead of scanned.
    scratch.count = 0;
    const order = terms.map((t, bit) => ({ t, bit, df: text.df(t.stem) + title.df(t.stem) })).sort((a, b) => a.df - b.df);
    for (const { t, bit } of order) {
      for (const field of [text, title]) {
        const weight = field === text ? 1 : titleWeight;
        const postings = field.postings.get(t.stem);
        if (postings === undefined || weight === 0) continue;
        const factor = weight * field.idf(postings.docs.length) * (BM25_K1 + 1);
        const bitMask = (1 << bit) >>> 0;
        const { docs: ds, tfs } = postings;
        const lookup = scratch.count > 0 && scratch.count * 20 < ds.length;
        // A word in a large share of the corpus adds to the candidates we have rather than adding candidates.
        if (lookup) lookupPostings(scratch, ds, tfs, field.norms, factor, bitMask, field === text);
        else scanPostings(scratch, ds, tfs, field.norms, factor, bitMask, field === text);
      }
    }

    const excluded = query.excluded.map(prepareExcluded);
    const phrases = query.phrases.map((p) => ` ${splitWords(p).join(' ')} `).filter((p) => p.trim() !== '');
    const hasDateFilter = query.from !== undefined || query.to !== undefined;
    const fromDay = query.from === undefined ? '0000-00-00' : dateRange(query.from)?.[0] ?? '0000-00-00';
    const toDay = query.to === undefined ? '9999-99-99' : dateRange(query.to)?.[1] ?? '9999-99-99';
    const outletFilter = query.outlet === undefined ? null : splitWords(query.outlet).join(' ');
    const textExcluded = excluded.filter((ex) => ex.stem === null);
    // Phrase checks read document text, the one per-candidate cost that is not an array lookup: they run last, on the
    // best-scoring candidates first, and at most MAX_TEXT_CHECKS of them.
    const readsText = phrases.length > 0 || textExcluded.length > 0;
    const needsCheck = requiredMask !== 0 || personMask !== 0 || hasDateFilter || outletFilter !== null
      || excluded.length > textExcluded.length || searchOptions.filter !== undefined;
    const window = Math.min(offset + limit, MAX_WINDOW);
    const heap = createTopHeap(window, idRank);
    const firstStage = readsText ? createTopHeap(MAX_TEXT_CHECKS, idRank) : heap;
    let total = 0;

    const passes = (d: number, mask: number): boolean => {
      if (requiredMask !== 0 && (mask & requiredMask) >>> 0 !== requiredMask) return false;
      if (personMask !== 0 && (mask & personMask) === 0) return false;
      if (hasDateFilter) {
        const start = dateStart[d];
        const end = dateEnd[d];
        // An undated document cannot be shown to fall in the range.
        if (start === null || end === null || start === undefined || end === undefined) return false;
        if (end < fromDay || start > toDay) return false;
      }
      if (outletFilter !== null) {
        const outlet = outlets[d];
        if (outlet === null || outlet === undefined || !outlet.includes(outletFilter)) return false;
      }
      for (const ex of excluded) if (ex.stem !== null && hasStem(d, ex.stem)) return false;
      return searchOptions.filter === undefined || searchOptions.filter(docs[d]?.id ?? '');
    };
    const passesText = (d: number): boolean => {
      for (const ex of textExcluded) if (containsPhrase(d, ex.phrase)) return false;
      for (const phrase of phrases) if (!containsPhrase(d, phrase)) return false;
      return true;
    };

    // Coordination: a document with every query word beats one that repeats a single word. Repeated words count once.
    const groups = [...new Set(groupMasks)];
    if (terms.length > 0) {
      try {
        total = rankCandidates(scratch, groups, firstStage, needsCheck ? passes : null);
      } finally {
        // The scratch arrays must be clean for the next query, even when the caller's filter threw.
        for (let k = 0; k < scratch.count; k++) {
          const d = scratch.touched[k] as number;
          scores[d] = 0;
          masks[d] = 0;
          textMasks[d] = 0;
        }
      }
    } else if (query.phrases.length > 0 || hasDateFilter || outletFilter !== null) {
      // Nothing indexable (a filter alone, or a phrase of stopwords): a plain scan, cheap filters first.
      for (let d = 0; d < n; d++) {
        if (!passes(d, 0)) continue;
        total++;
        firstStage.push(d, 0);
      }
    }
    if (readsText) {
      // Past the cap, total counts only the checked candidates: a lower bound, and the best hits are still found.
      total = 0;
      for (const { doc, score } of firstStage.sorted()) {
        if (!passesText(doc)) continue;
        total++;
        heap.push(doc, score);
      }
    }

    const hits: SearchHit[] = [];
    for (const { doc: d, score } of heap.sorted().slice(offset)) {
      const doc = docs[d];
      if (doc === undefined) continue;
      hits.push({ id: doc.id, score: round(score), matchedTerms: matchedTermsOf(d, terms) });
    }
    return { hits, total, corrections };
  }

  function correctWord(word: string, corrections: { from: string; to: string }[]): string[] {
    const s = termOf(word) ?? stem(word);
    const df = text.df(s) + title.df(s);
    // A short word the corpus lacks may be spelt by ear ("fone", "cal"): the same sounds as a corpus word are that word.
    if (df === 0 && word.length >= MIN_SOUNDED && word.length < MIN_CORRECTABLE && !/\d/.test(word)) {
      const sounded = speller.soundAlike(word);
      if (sounded !== null) {
        corrections.push({ from: word, to: sounded.spelling });
        return [sounded.stem];
      }
    }
    if (df > 2 || /\d/.test(word) || word.length < MIN_COMPLETABLE || word.length > MAX_CORRECTABLE) return [s];
    // Words under five letters are not corrected: too many real words lie one edit from another ("mars", "war").
    const suggestion = word.length >= MIN_CORRECTABLE ? speller.suggest(s, word) : null;
    if (suggestion === null) {
      // Not a typo of anything: perhaps the start of a word ("vladiv", "kreml").
      const completion = df === 0 ? speller.complete(word) : null;
      if (completion === null) return [s];
      corrections.push({ from: word, to: completion.spelling });
      return [completion.stem];
    }
    if (df === 0) {
      corrections.push({ from: word, to: suggestion.spelling });
      return [suggestion.stem];
    }
    // A rare word that is a near-miss of a common one is probably a typo in the corpus too: search both.
    if (suggestion.df >= 50 * df) {
      corrections.push({ from: word, to: suggestion.spelling });
      return [s, suggestion.stem];
    }
    return [s];
  }

  function displayOf(s: string): string {
    return text.spellings.get(s)?.[0] ?? title.spellings.get(s)?.[0] ?? s;
  }

  function hasStem(d: number, s: string): boolean {
    for (const field of [text, title]) {
      const p = field.postings.get(s);
      if (p !== undefined && binarySearch(p.docs, d) >= 0) return true;
    }
    return false;
  }

  function containsPhrase(d: number, padded: string): boolean {
    const doc = docs[d];
    if (doc === undefined) return false;
    return ` ${splitWords(doc.text).join(' ')} `.includes(padded)
      || (doc.title !== undefined && ` ${splitWords(doc.title).join(' ')} `.includes(padded));
  }

  function matchedTermsOf(d: number, terms: readonly Term[]): string[] {
    const found: string[] = [];
    for (const t of terms) if (hasStem(d, t.stem)) found.push(t.display);
    return found;
  }

  return { search, rarity: (s) => text.idf(text.df(s)), size: n };
}

function prepareExcluded(excluded: string): { stem: string | null; phrase: string } {
  const words = splitWords(excluded);
  const only = words[0];
  if (words.length === 1 && only !== undefined && !isStopword(only)) return { stem: stem(only), phrase: '' };
  return { stem: null, phrase: ` ${words.join(' ')} ` };
}

interface Field {
  readonly postings: ReadonlyMap<string, Postings>;
  /** The first few spellings seen for each stem ("met", "meeting"); the first is shown in matched terms. */
  readonly spellings: ReadonlyMap<string, readonly string[]>;
  /** Per document, BM25's length normalisation `k1 · (1 − b + b · length / average)`, precomputed. */
  readonly norms: Float64Array;
  df(stem: string): number;
  idf(df: number): number;
}

function buildField(values: readonly string[]): Field {
  const n = values.length;
  const docLists = new Map<string, number[]>();
  const tfLists = new Map<string, number[]>();
  const spellings = new Map<string, string[]>();
  const lengths = new Float64Array(n);
  // Titles repeat on every sentence of an article: analyse each distinct string once.
  const cache = new Map<string, Map<string, number>>();
  let totalLength = 0;
  values.forEach((value, d) => {
    let counts = cache.get(value);
    if (counts === undefined) {
      counts = new Map<string, number>();
      for (const word of splitWords(value)) {
        const s = termOf(word);
        if (s === null) continue;
        counts.set(s, (counts.get(s) ?? 0) + 1);
        const forms = spellings.get(s);
        if (forms === undefined) spellings.set(s, [word]);
        else if (forms.length < MAX_SPELLINGS && !forms.includes(word)) forms.push(word);
      }
      if (cache.size < 10_000) cache.set(value, counts);
    }
    let length = 0;
    for (const [s, tf] of counts) {
      length += tf;
      let list = docLists.get(s);
      let tfs = tfLists.get(s);
      if (list === undefined || tfs === undefined) {
        list = [];
        tfs = [];
        docLists.set(s, list);
        tfLists.set(s, tfs);
      }
      list.push(d);
      tfs.push(Math.min(tf, 65_535));
    }
    lengths[d] = length;
    totalLength += length;
  });
  const postings = new Map<string, Postings>();
  for (const [s, list] of docLists) postings.set(s, { docs: Int32Array.from(list), tfs: Uint16Array.from(tfLists.get(s) ?? []) });
  const average = n === 0 || totalLength === 0 ? 1 : totalLength / n;
  const norms = new Float64Array(n);
  for (let d = 0; d < n; d++) norms[d] = BM25_K1 * (1 - BM25_B + (BM25_B * (lengths[d] ?? 0)) / average);
  return {
    postings,
    spellings,
    norms,
    df: (s) => postings.get(s)?.docs.length ?? 0,
    // BM25's idf, floored above zero so a word in most documents still counts a little.
    idf: (df) => Math.log(1 + (n - df + 0.5) / (df + 0.5)),
  };
}

interface Speller {
  /**
   * `surface` is the word as typed (folded); `stem` its index term. Returns the closest vocabulary word by its spelling in
   * the corpus, so "showing results for …" names a real word, and edits are counted on words, not stems.
   */
  suggest(stem: string, surface: string): { stem: string; spelling: string; df: number } | null;
  /** The most frequent vocabulary word that starts with `prefix` (and is longer), if any. */
  complete(prefix: string): { stem: string; spelling: string } | null;
  /** The most frequent vocabulary word written with the same sounds (`soundKey`), if any. */
  soundAlike(word: string): { stem: string; spelling: string } | null;
}

/**
 * A word reduced to how it sounds, as English spelling by ear writes it: "ph" is "f", "ck" and "c" before a, o, u are
 * "k", doubled letters are one, a silent final "e" goes ("phone", "fone" → "fon"; "call", "cal" → "kal").
 */
export function soundKey(word: string): string {
  return word.toLowerCase()
    .replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/c(?=[aou]|$)/g, 'k').replace(/wh/g, 'w')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(?<=\p{L}{2})e$/u, '');
}

/**
 * Spelling correction over the vocabulary's spellings ("met", "meeting", "meets" for the stem "meet"). Letter pairs
 * preselect a few dozen spellings sharing most of the typed word's pairs; fuse.js scores only those; an edit-distance cap
 * (one edit up to six letters, two beyond) keeps real words from becoming other real words; among close matches the more
 * frequent word wins ("puttin" → "putin", not a rarer neighbour).
 */
function createSpeller(fields: readonly Field[]): Speller {
  const spellings: string[] = [];
  const stems: string[] = [];
  const dfs: number[] = [];
  const seen = new Map<string, number>();
  for (const field of fields) {
    for (const [s, forms] of field.spellings) {
      if (s.length < 2 || /\d/.test(s)) continue;
      const df = field.postings.get(s)?.docs.length ?? 0;
      for (const form of forms) {
        const at = seen.get(form);
        if (at === undefined) {
          seen.set(form, spellings.length);
          spellings.push(form);
          stems.push(s);
          dfs.push(df);
        } else if (stems[at] === s) {
          dfs[at] = (dfs[at] ?? 0) + df;
        }
      }
    }
  }
  let pairIndex: Map<string, number[]> | null = null;
  const buildPairIndex = (): Map<string, number[]> => {
    const index = new Map<string, number[]>();
    spellings.forEach((word, i) => {
      for (const pair of new Set(letterPairs(word))) {
        let list = index.get(pair);
        if (list === undefined) index.set(pair, (list = []));
        list.push(i);
      }
    });
    return index;
  };
  let sorted: number[] | null = null;
  let byKey: Map<string, number> | null = null;
  return {
    soundAlike(word) {
      if (byKey === null) {
        byKey = new Map();
        spellings.forEach((spelling, i) => {
          const key = soundKey(spelling);
          const at = byKey?.get(key);
          if (at === undefined || (dfs[i] ?? 0) > (dfs[at] ?? 0)) byKey?.set(key, i);
        });
      }
      const at = byKey.get(soundKey(word));
      return at === undefined || spellings[at] === word ? null : { stem: stems[at] ?? '', spelling: spellings[at] ?? '' };
    },
    complete(prefix) {
      sorted ??= spellings.map((_, i) => i).sort((a, b) => compareStrings(spellings[a] ?? '', spellings[b] ?? ''));
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((spellings[sorted[mid] ?? 0] ?? '') < prefix) lo = mid + 1;
        else hi = mid;
      }
      let best: number | null = null;
      // Bounded: a short prefix can open thousands of words; the first few hundred in order are enough to pick from.
      for (let k = lo; k < Math.min(sorted.length, lo + MAX_COMPLETIONS_SCANNED); k++) {
        const i = sorted[k] ?? 0;
        const word = spellings[i] ?? '';
        if (!word.startsWith(prefix)) break;
        if (word.length > prefix.length && (best === null || (dfs[i] ?? 0) > (dfs[best] ?? 0))) best = i;
      }
      return best === null ? null : { stem: stems[best] ?? '', spelling: spellings[best] ?? '' };
    },
    suggest(misspeltStem, surface) {
      if (spellings.length === 0) return null;
      // Built on first use: most queries are spelt right, and start-up stays fast.
      pairIndex ??= buildPairIndex();
      const pairs = [...new Set(letterPairs(surface))];
      const shared = new Uint8Array(spellings.length);
      const hit: number[] = [];
      for (const pair of pairs) {
        for (const i of pairIndex.get(pair) ?? []) {
          if (shared[i] === 0) hit.push(i);
          shared[i] = (shared[i] as number) + 1;
        }
      }
      const maxEdits = surface.length <= 6 ? 1 : 2;
      const candidates: number[] = [];
      // An edit breaks at most two letter pairs, a swap of neighbours three.
      const minShared = Math.max(1, pairs.length - 3 * maxEdits);
      for (const i of hit) {
        const word = spellings[i] ?? '';
        if ((shared[i] as number) >= minShared && Math.abs(word.length - surface.length) <= maxEdits) candidates.push(i);
      }
      candidates.sort((a, b) => (shared[b] as number) - (shared[a] as number) || (dfs[b] ?? 0) - (dfs[a] ?? 0) || a - b);
      const shortlist = candidates.slice(0, SPELLING_CANDIDATES).map((i) => ({ word: spellings[i] ?? '', stem: stems[i] ?? '', df: dfs[i] ?? 0 }));
      if (shortlist.length === 0) return null;
      const fuse = new Fuse(shortlist, { keys: ['word'], includeScore: true, threshold: SPELLING_THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      let best: { stem: string; spelling: string; df: number; rank: number } | null = null;
      for (const result of fuse.search(surface.slice(0, 32), { limit: 10 })) {
        const { word, stem: candidateStem, df } = result.item;
        if (candidateStem === misspeltStem || editDistance(surface, word, maxEdits) > maxEdits) continue;
        // Fuse score 0 is perfect; frequency breaks near-ties (a log-scaled nudge, worth about 0.05 per tenfold).
        const rank = (result.score ?? 1) - 0.05 * Math.log10(1 + df);
        if (best === null || rank < best.rank || (rank === best.rank && word < best.spelling)) {
          best = { stem: candidateStem, spelling: word, df, rank };
        }
      }
      return best === null ? null : { stem: best.stem, spelling: best.spelling, df: best.df };
    },
  };
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps), giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

function letterPairs(word: string): string[] {
  const padded = `^${word}$`;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < padded.length; i++) pairs.push(padded.slice(i, i + 2));
  return pairs;
}

/** A date value → its first and last day: `2021` → 2021-01-01…2021-12-31, `2021-W46` → that Monday…Sunday. */
export function dateRange(value: string): readonly [string, string] | null {
  const range = rangeOf(foldText(value.trim()).toUpperCase());
  return range ? [range.start, range.end] : null;
}

interface TopHeap {
  push(doc: number, score: number): void;
  sorted(): { doc: number; score: number }[];
}

/** Keeps the best `capacity` (score desc, then id order) in a binary min-heap: O(candidates · log capacity). */
function createTopHeap(capacity: number, idRank: Int32Array): TopHeap {
  const heapDocs = new Int32Array(capacity);
  const heapScores = new Float64Array(capacity);
  let size = 0;
  // Is entry i worse than (doc, score)? Lower score, or equal score and later id.
  const worseThan = (i: number, doc: number, score: number): boolean => {
    const s = heapScores[i] as number;
    return s < score || (s === score && (idRank[heapDocs[i] as number] as number) > (idRank[doc] as number));
  };
  const set = (i: number, doc: number, score: number): void => {
    heapDocs[i] = doc;
    heapScores[i] = score;
  };
  return {
    push(doc: number, score: number): void {
      if (capacity === 0) return;
      if (size < capacity) {
        // Sift up: move parents that are better than the new entry down.
        let i = size++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if (!isWorse(doc, score, parent)) break;
          set(i, heapDocs[parent] as number, heapScores[parent] as number);
          i = parent;
        }
        set(i, doc, score);
        return;
      }
      if (!worseThan(0, doc, score)) return;
      // Replace the root and sift down.
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) break;
        const r = l + 1;
        const child = r < size && worseThan(r, heapDocs[l] as number, heapScores[l] as number) ? r : l;
        if (!worseThan(child, doc, score)) break;
        set(i, heapDocs[child] as number, heapScores[child] as number);
        i = child;
      }
      set(i, doc, score);
    },
    sorted(): { doc: number; score: number }[] {
      const items: { doc: number; score: number }[] = [];
      for (let i = 0; i < size; i++) items.push({ doc: heapDocs[i] as number, score: heapScores[i] as number });
      return items.sort((a, b) => b.score - a.score || (idRank[a.doc] as number) - (idRank[b.doc] as number));
    },
  };

  // Is (doc, score) worse than entry i?
  function isWorse(doc: number, score: number, i: number): boolean {
    const s = heapScores[i] as number;
    return score < s || (score === s && (idRank[doc] as number) > (idRank[heapDocs[i] as number] as number));
  }
}

/** Per-query accumulators, indexed by document; `touched[0..count)` lists the documents with a score. */
interface Scratch {
  readonly scores: Float64Array;
  readonly masks: Uint32Array;
  readonly textMasks: Uint32Array;
  touched: Int32Array<ArrayBuffer>;
  count: number;
}

/**
 * Filters the scored documents and keeps the best in `heap`; returns how many passed. Coverage: a document with every
 * query word beats one that repeats a single word, and a word found only in the title (the article's, for a sentence)
 * counts half: the sentence itself should say what was asked.
 */
function rankCandidates(scratch: Scratch, groups: readonly number[], heap: TopHeap, passes: ((d: number, mask: number) => boolean) | null): number {
  const { scores, masks, textMasks, touched, count } = scratch;
  const groupCount = groups.length;
  const singleBits = groups.every((g) => (g & (g - 1)) === 0);
  const unionMask = groups.reduce((m, g) => (m | g) >>> 0, 0);
  let total = 0;
  for (let k = 0; k < count; k++) {
    const d = touched[k] as number;
    const mask = masks[d] as number;
    if (passes !== null && !passes(d, mask)) continue;
    total++;
    const inText = textMasks[d] as number;
    let matched = 0;
    let matchedInText = 0;
    if (singleBits) {
      matched = popcount((mask & unionMask) >>> 0);
      matchedInText = popcount((inText & unionMask) >>> 0);
    } else {
      for (let g = 0; g < groupCount; g++) {
        const group = groups[g] as number;
        if ((mask & group) !== 0) matched++;
        if ((inText & group) !== 0) matchedInText++;
      }
    }
    const coverage = (matchedInText + TITLE_COVERAGE * (matched - matchedInText)) / groupCount;
    heap.push(d, (scores[d] as number) * coverage * coverage);
  }
  return total;
}

// The two hot loops live in small functions of their own so the JIT optimises them early and keeps them monomorphic.

function scanPostings(scratch: Scratch, ds: Int32Array, tfs: Uint16Array, norms: Float64Array, factor: number, bit: number, inText: boolean): void {
  const { scores, masks, textMasks } = scratch;
  let touched = scratch.touched;
  let count = scratch.count;
  for (let k = 0; k < ds.length; k++) {
    const d = ds[k] as number;
    if (masks[d] === 0) {
      if (count === touched.length) touched = growInt32(touched);
      touched[count++] = d;
    }
    const tf = tfs[k] as number;
    scores[d] = (scores[d] as number) + (factor * tf) / (tf + (norms[d] as number));
    masks[d] = ((masks[d] as number) | bit) >>> 0;
    if (inText) textMasks[d] = ((textMasks[d] as number) | bit) >>> 0;
  }
  scratch.touched = touched;
  scratch.count = count;
}

function lookupPostings(scratch: Scratch, ds: Int32Array, tfs: Uint16Array, norms: Float64Array, factor: number, bit: number, inText: boolean): void {
  const { scores, masks, textMasks, touched, count } = scratch;
  for (let k = 0; k < count; k++) {
    const d = touched[k] as number;
    const at = binarySearch(ds, d);
    if (at < 0) continue;
    const tf = tfs[at] as number;
    scores[d] = (scores[d] as number) + (factor * tf) / (tf + (norms[d] as number));
    masks[d] = ((masks[d] as number) | bit) >>> 0;
    if (inText) textMasks[d] = ((textMasks[d] as number) | bit) >>> 0;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function binarySearch(sorted: Int32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid] ?? 0;
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function growInt32(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
