/**
 * A small matcher for fully specified calendar dates (day + month + year) in running text: ISO `2021-12-15`,
 * `2021/12/15`, `Month D, YYYY`, `Mon. D YYYY`, `D Month YYYY`, `Dth of Month, YYYY` (and, opening a line only, an
 * unambiguous `05/25/2017`). Ingest uses it only to find an article's own date; relative and partial dates are the
 * temporal tagger's job (src/time), deliberately not imported.
 */
import type { IsoDate } from '../domain.js';

export interface AbsoluteDate {
  readonly text: string;
  /** UTF-16 index of `text` in the searched string. */
  readonly offset: number;
  readonly date: IsoDate;
}

const MONTHS = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
} as const satisfies Record<string, number>;

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';

// One alternation per written form; the capture groups tell which form matched.
const DATE_PATTERN = new RegExp(
  [
    `\\b(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?![\\d/-])`,
    // "May 16,2024": a scrape or a careless byline drops the space after the comma.
    `\\b${MONTH}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}\\b`,
    `\\b${DAY}(?:\\s+of)?\\s+${MONTH}(?:,\\s*|\\s+)${YEAR}\\b`,
  ].join('|'),
  'gi',
);

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Builds an IsoDate from numbers, or null when no such day exists (Feb 30, month 13, year 0). */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1000 || year > 2999) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(MONTHS, key) ? MONTHS[key as keyof typeof MONTHS] : null;
}

/** The date a DATE_PATTERN match names, or null when no such day exists. */
function dateOf(m: RegExpExecArray): IsoDate | null {
  const isoY = m[1];
  const isoM = m[2];
  const isoD = m[3];
  if (isoY !== undefined && isoM !== undefined && isoD !== undefined) return toIsoDate(Number(isoY), Number(isoM), Number(isoD));
  const mdMonth = m[4];
  const mdDay = m[5];
  const mdYear = m[6];
  if (mdMonth !== undefined && mdDay !== undefined && mdYear !== undefined) {
    const month = monthNumber(mdMonth);
    return month === null ? null : toIsoDate(Number(mdYear), month, Number(mdDay));
  }
  const dmDay = m[7];
  const dmMonth = m[8];
  const dmYear = m[9];
  if (dmMonth !== undefined && dmDay !== undefined && dmYear !== undefined) {
    const month = monthNumber(dmMonth);
    return month === null ? null : toIsoDate(Number(dmYear), month, Number(dmDay));
  }
  return null;
}

export function findAbsoluteDates(text: string): AbsoluteDate[] {
  const found: AbsoluteDate[] = [];
  // An exec loop rather than matchAll, which copies the regex on every call (this runs for many lines per article).
  DATE_PATTERN.lastIndex = 0;
  for (let m = DATE_PATTERN.exec(text); m !== null; m = DATE_PATTERN.exec(text)) {
    const date = dateOf(m);
    if (date !== null) found.push({ text: m[0], offset: m.index, date });
  }
  return found;
}

/** DATE_PATTERN tried at one position only: the first date of a text is at offset 0 exactly when this matches there. */
const DATE_AT = new RegExp(DATE_PATTERN.source, 'iy');
const LEADING_WEEKDAY = /^\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?/i;

/**
 * A numeric day and month with the year last, "05/25/2017" (US) or "25/05/2017": read only where one of the two
 * numbers exceeds 12, so the order cannot be mistaken; "05/06/2017" names no day. Only a line or field that opens
 * with it is read this way, never running text, where such figures are rare and often something else.
 */
const NUMERIC_AT = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;

function numericDate(first: number, second: number, year: number): IsoDate | null {
  if (first > 12 && second <= 12) return toIsoDate(year, second, first);
  if (second > 12 && first <= 12) return toIsoDate(year, first, second);
  return null;
}

/** The first date when `text` starts with one (after optional weekday), with the index just past it. */
export function leadingAbsoluteDate(text: string): { readonly date: IsoDate; readonly end: number } | null {
  const weekday = LEADING_WEEKDAY.exec(text);
  const skip = weekday?.[0].length ?? 0;
  // The same as taking the first valid date of the 60 characters and asking for offset 0: a match at 0 is the
  // leftmost one, and when it names no real day every later match starts further on.
  DATE_AT.lastIndex = 0;
  const head = text.slice(skip, skip + 60);
  const m = DATE_AT.exec(head);
  const date = m === null ? null : dateOf(m);
  if (m !== null && date !== null) return { date, end: skip + m[0].length };
  NUMERIC_AT.lastIndex = 0;
  const n = NUMERIC_AT.exec(head);
  const numeric = n === null ? null : numericDate(Number(n[1]), Number(n[2]), Number(n[3]));
  return n === null || numeric === null ? null : { date: numeric, end: skip + n[0].length };
}
