/**
 * Sentence boundaries in a span of text, as index pairs into that same text, so callers keep exact offsets.
 * Handles abbreviations (Mr., Dr., No. 5, Dec. 6, U.S.), initials, decimals, closing quotes, ellipses, and
 * run-together sentences whose space after the full stop was lost in scraping (`…in 2022.Xi said…`).
 */

export interface SentenceSpan {
  /** Index of the sentence's first character. */
  readonly start: number;
  /** Index just past its last character (trailing spaces excluded). */
  readonly end: number;
}

// Abbreviations that are (nearly) always followed by more of the same sentence.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm',
  'st', 'rev', 'hon', 'pres', 'supt', 'insp', 'messrs', 'mme', 'mlle', 'fr', 'sr', 'vs', 'v', 'cf', 'ca', 'approx',
  'dept', 'est', 'fig', 'figs', 'vol', 'vols', 'art', 'sec', 'ch', 'pp', 'p', 'para', 'ed', 'eds', 'mt', 'ft',
  'ave', 'blvd', 'rd', 'e.g', 'i.e', 'viz', 'al',
]);
// Abbreviations that end a sentence only when a plain sentence starter follows.
const AMBIGUOUS = new Set(['inc', 'ltd', 'co', 'corp', 'jr', 'etc', 'bros', 'plc', 'llc', 'no', 'nos', 'op']);
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
// Words that start sentences but rarely follow "U.S." or "Inc." inside one.
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'however', 'in', 'on', 'at', 'meanwhile', 'his', 'her', 'their', 'its', 'our', 'if', 'when', 'while',
  'after', 'before', 'as', 'for', 'since', 'so', 'yet', 'still', 'also', 'both', 'some', 'many', 'one', 'what',
]);

// Character tests on char codes: this runs on every terminator of every article, so no regex per character.
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code > 0x7f && /\s/.test(c));
}
function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => isUpper(c) || isLower(c);
const OPENERS = '"\'“‘«([';

/** `isLetter` on a char code, without making a one-character string for ASCII. */
function isLetterCode(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return isLetter(text[i]);
}

/** The word (letters and inner dots) that ends just before `dot`: "U.S" for "U.S.", "Mr" for "Mr.". */
function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && (text.charCodeAt(i - 1) === 46 || isLetterCode(text, i - 1))) i--;
  while (i < dot && text.charCodeAt(i) === 46) i++;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number, end: number): string {
  const m = /^[\p{L}]+/u.exec(text.slice(from, Math.min(end, from + 30)));
  return m?.[0].toLowerCase() ?? '';
}

/** Decides whether the terminator run [at, after) ends a sentence, given what follows from `next`. */
function endsSentence(
  text: string, at: number, punctEnd: number, after: number, next: number, end: number, floor: number,
): boolean {
  const mark = text[at];
  const following = text[next];
  if (next >= end) return true;
  const gap = next > after; // whitespace between the terminator (and closers) and the next sentence
  let first = following;
  if (first !== undefined && OPENERS.includes(first)) first = text[next + 1];

  if (mark !== '.' || punctEnd - at > 1) {
    // ! ? … or a dot run: end when a capital (or a quote opening one) follows.
    const isEllipsis = mark === '…' || text.startsWith('..', at);
    if (isEllipsis) return isUpper(first) && (gap || isLower(text[next + 1]));
    return gap ? isUpper(first) || isDigit(first) : isUpper(first) && isLower(text[next + 1]);
  }

  const word = wordBefore(text, at, floor);
  // Every abbreviation we know is short; longer words skip the table look-ups.
  const lower = word.length <= 8 ? word.toLowerCase() : '';
  const closedByQuote = after > punctEnd;
  if (!gap) {
    // Run-together: "2022.Xi", "reported.The", "said.”The". Never "3.5", "U.S.", "example.com", "St.Petersburg".
    const word2 = first === following ? next : next + 1;
    // "reported.The", or an acronym opening the next sentence: "countries.TASS quoted".
    const opensSentence = isLower(text[word2 + 1]) || /^\p{Lu}{2,6}\s/u.test(text.slice(word2, word2 + 8));
    if (!isUpper(first) || !opensSentence) return false;
    if (closedByQuote) return true;
    const before = text[at - 1];
    if (!(isLower(before) || isDigit(before))) return false;
    if (word.includes('.') || TITLES.has(lower)) return false;
    return word.length >= 2 || isDigit(before);
  }
  if (closedByQuote) return isUpper(first) || isDigit(first);
  if (isLower(first)) return false;
  if (!(isUpper(first) || isDigit(first))) return first !== undefined && !isLetter(first) && !/[,;:]/.test(first);
  if (TITLES.has(lower)) return false;
  if (MONTH_ABBREVIATIONS.has(lower) && isDigit(first)) return false;
  if ((lower === 'no' || lower === 'nos' || lower === 'op') && isDigit(first)) return false;
  // A single capital letter is an initial: "George W. Bush", "J. K. Rowling".
  if (word.length === 1 && isUpper(word)) return false;
  // Initialisms (U.S., U.N.) and company suffixes end a sentence only before a typical sentence opener.
  if (word.includes('.') || AMBIGUOUS.has(lower)) return SENTENCE_STARTERS.has(nextWord(text, first === following ? next : next + 1, end));
  return true;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let a = from;
  let b = to;
  while (a < b && isSpace(text[a])) a++;
  while (b > a && isSpace(text[b - 1])) b--;
  // A run of punctuation alone is not a sentence.
  if (b > a && HAS_WORD.test(text.slice(a, b))) spans.push({ start: a, end: b });
}

const TERMINATOR = /[.!?…]/g;
/** `.`, `!`, `?`, `…`: the terminators, by char code. */
const isTerminatorCode = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
/** Closing quotes and brackets after a terminator, by char code: `"` `'` `”` `’` `»` `)` `]`. */
const isCloserCode = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93;

export function splitSentences(text: string, start = 0, end = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const lo = Math.max(0, Math.min(start, text.length));
  const hi = Math.max(lo, Math.min(end, text.length));
  let sentenceStart = lo;

  // The next terminator is found by a regex search, several times faster than visiting every character in a loop;
  // on the span alone (a slice shares the text's memory), so a span without one never scans the rest of the text.
  const span = text.slice(lo, hi);
  let i = lo;
  while (i < hi) {
    TERMINATOR.lastIndex = i - lo;
    if (!TERMINATOR.test(span)) break;
    i = lo + TERMINATOR.lastIndex - 1;
    let after = i + 1;
    while (after < hi && isTerminatorCode(text.charCodeAt(after))) after++;
    const punctEnd = after;
    while (after < hi && isCloserCode(text.charCodeAt(after))) after++;
    let next = after;
    while (next < hi && isSpace(text[next])) next++;
    if (endsSentence(text, i, punctEnd, after, next, hi, sentenceStart)) {
      pushTrimmed(spans, text, sentenceStart, after);
      sentenceStart = next;
    }
    i = after;
  }
  pushTrimmed(spans, text, sentenceStart, hi);
  return spans;
}
