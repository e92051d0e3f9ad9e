/**
 * The search box's own small grammar: words, "exact phrases", -excluded, from:/to: dates, outlet:, person:.
 * Every other character is plain text: fuse.js extended-search operators (! ^ = ' $ |) and regex metacharacters never act
 * as syntax, so a user cannot ask for "everything except x" or a pathological pattern.
 */
import { err, ok } from '../domain.js';
import type { Result } from '../domain.js';
import { foldText, isStopword, splitWords } from './tokenize.js';

export type SearchQuery = {
  /** Folded words to look for (stopwords left out unless the query has nothing else). */
  readonly terms: readonly string[];
  /** Folded phrases that must appear as written (word for word, case and accents ignored). */
  readonly phrases: readonly string[];
  /** Folded words or phrases that must not appear. */
  readonly excluded: readonly string[];
  /** Start of the date range, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the whole year or month counts. */
  readonly from?: string;
  /** End of the date range, same forms; inclusive to the end of the year or month. */
  readonly to?: string;
  readonly outlet?: string;
  readonly person?: string;
};

export type SearchQueryError = { readonly code: 'empty' | 'too-long' | 'bad-filter'; readonly message: string };

/** Longest query accepted, in characters after trimming. Past this a query is a paste, not a search; fuzzy cost grows with length. */
export const MAX_QUERY_LENGTH = 500;
/** Words used beyond this are ignored: ranking gains nothing and every term costs a postings scan. */
export const MAX_TERMS = 12;
const MAX_PHRASES = 4;
const MAX_EXCLUDED = 8;
const MAX_FILTER_VALUE = 80;

// C0/C1 controls and invisible format characters (zero-width joiners, bidi overrides) — none belong in a query.
const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
const SMART_QUOTES = /[“”„‟«»〝〞＂]/g;
const FILTER = /^(from|to|outlet|person|since|until|before|after):(.*)$/i;
const DATE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;

export function parseSearchQuery(raw: string): Result<SearchQuery, SearchQueryError> {
  const cleaned = raw.replace(CONTROL, ' ').replace(SMART_QUOTES, '"').trim();
  if (cleaned.length > MAX_QUERY_LENGTH) {
    return err({
      code: 'too-long',
      message: `That search is ${cleaned.length} characters long; the limit is ${MAX_QUERY_LENGTH}. Try a few key words, e.g. "Putin Beijing visit".`,
    });
  }

  const terms: string[] = [];
  const stopTerms: string[] = [];
  const phrases: string[] = [];
  const excluded: string[] = [];
  const filters: { from?: string; to?: string; outlet?: string; person?: string } = {};

  for (const piece of splitPieces(cleaned)) {
    if (piece.quoted) {
      const words = splitWords(piece.text);
      if (words.length === 0) continue;
      const target = piece.negated ? excluded : phrases;
      // A quoted single word is just a word; a phrase is kept only if it has two or more.
      if (words.length === 1 && !piece.negated) pushWords(words, terms, stopTerms);
      else if (target.length < (piece.negated ? MAX_EXCLUDED : MAX_PHRASES)) target.push(words.join(' '));
      continue;
    }
    const filter = piece.negated ? null : FILTER.exec(piece.text);
    if (filter !== null) {
      const problem = applyFilter(filters, (filter[1] ?? '').toLowerCase(), filter[2] ?? '');
      if (problem !== null) return err(problem);
      continue;
    }
    const words = splitWords(piece.text);
    if (piece.negated) {
      if (words.length > 0 && excluded.length < MAX_EXCLUDED) excluded.push(words.join(' '));
    } else {
      pushWords(words, terms, stopTerms);
    }
  }

  const { from, to } = filters;
  if (from !== undefined && to !== undefined && from > to && !to.startsWith(from) && !from.startsWith(to)) {
    return err({ code: 'bad-filter', message: `from:${from} is after to:${to}; swap them or widen the range.` });
  }
  const kept = (terms.length > 0 ? terms : stopTerms).slice(0, MAX_TERMS);
  const hasFilter = filters.outlet !== undefined || filters.person !== undefined || from !== undefined || to !== undefined;
  if (kept.length === 0 && phrases.length === 0 && !hasFilter) {
    return err({
      code: 'empty',
      message: 'Type a few words to search for, e.g. `Putin Beijing Olympics`. Use "quotes" for a phrase, -word to exclude, from:2021-12 and to:2022 for dates, outlet:name for a source.',
    });
  }
  return ok({ terms: kept, phrases, excluded, ...filters });
}

interface Piece {
  readonly text: string;
  readonly quoted: boolean;
  readonly negated: boolean;
}

/**
 * Splits on spaces, keeping "quoted runs" together and `key:"quoted value"` whole. Linear in the input. An unbalanced quote
 * is read as if it were absent: its words become ordinary words rather than an error.
 */
function splitPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) break;
    let negated = false;
    if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1] ?? '')) {
      negated = true;
      i++;
    }
    if (text[i] === '"') {
      const close = text.indexOf('"', i + 1);
      if (close === -1) {
        i++; // Unbalanced: drop the quote and read on as words.
        continue;
      }
      pieces.push({ text: text.slice(i + 1, close), quoted: true, negated });
      i = close + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end] ?? '') && text[end] !== '"') end++;
    let word = text.slice(i, end);
    // key:"two words" — a filter value may be quoted.
    if (word.endsWith(':') && text[end] === '"' && FILTER.test(word)) {
      const close = text.indexOf('"', end + 1);
      if (close !== -1) {
        word += text.slice(end + 1, close);
        end = close + 1;
      }
    }
    pieces.push({ text: word, quoted: false, negated });
    i = end === i ? i + 1 : end;
  }
  return pieces;
}

function pushWords(words: readonly string[], terms: string[], stopTerms: string[]): void {
  for (const word of words) (isStopword(word) ? stopTerms : terms).push(word);
}

type Filters = { from?: string; to?: string; outlet?: string; person?: string };

function applyFilter(filters: Filters, key: string, value: string): SearchQueryError | null {
  const trimmed = value.trim();
  switch (key) {
    case 'from':
    case 'since':
    case 'after':
    case 'to':
    case 'until':
    case 'before': {
      const name = key === 'since' || key === 'after' ? 'from' : key === 'until' || key === 'before' ? 'to' : key;
      const date = normalizeDate(trimmed);
      if (date === null) {
        return {
          code: 'bad-filter',
          message: `${key}:${trimmed.slice(0, 20) || '…'} is not a date I can use. Write ${key}:YYYY, ${key}:YYYY-MM or ${key}:YYYY-MM-DD, e.g. ${key}:2021-12-15.`,
        };
      }
      filters[name as 'from' | 'to'] = date;
      return null;
    }
    case 'outlet':
    case 'person': {
      const folded = splitWords(trimmed).join(' ');
      if (folded === '' || folded.length > MAX_FILTER_VALUE) {
        return {
          code: 'bad-filter',
          message: `${key}: needs a name of up to ${MAX_FILTER_VALUE} characters, e.g. ${key === 'outlet' ? 'outlet:"Global Times"' : 'person:Putin'}.`,
        };
      }
      filters[key] = folded;
      return null;
    }
    default:
      return null;
  }
}

/** `2021`, `2021-3`, `2021/03/05` → `2021`, `2021-03`, `2021-03-05`; null when not a real calendar date. */
function normalizeDate(value: string): string | null {
  const match = DATE.exec(foldText(value));
  if (match === null) return null;
  const [, year, month, day] = match;
  if (year === undefined) return null;
  if (month === undefined) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (d < 1 || d > daysInMonth) return null;
  return `${year}-${mm}-${String(d).padStart(2, '0')}`;
}
