/**
 * The date a question is about: a calendar range ("in June 2019", "on 5 June 2019", "in 2018"), a cut-off ("as of 2018",
 * "by 2021": the claim nearest before it wins), or a month and day with no year ("what happened on 06-15?", "on June 15"),
 * which asks about that day in every year.
 */
import type { IsoDate } from '../domain.js';
import { isValidDate } from '../time/calendar.js';
import { findTimexes } from '../time/find-timexes.js';
import { rangeOf, type DayRange } from './date-range.js';
import { editDistance } from './search-index.js';

export type QuestionDate =
  | {
    readonly kind: 'range';
    readonly text: string;
    readonly range: DayRange;
    readonly value: string;
    readonly cutoff: boolean;
    /** "their 2001 friendship treaty": a bare year before a noun, which may name the thing rather than date the event. */
    readonly attributive: boolean;
  }
  | { readonly kind: 'month-day'; readonly text: string; readonly monthDay: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** `06-15`, `6-15`, `06/15`: month first, as the `today MM-DD` command writes it. A year after it makes it a full date. */
const NUMERIC_MONTH_DAY = /(?<![\d/-])(\d{1,2})[-/](\d{1,2})(?![\d/-])(?!\s*[-/,]?\s*\d{4})/;
const NAMED_MONTH_DAY = new RegExp(
  String.raw`\b(?:(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME}))\b(?!,?\s*\d{4})(?!\s*\d)`,
  'i',
);
/** "as of 2018", "by 2021", "before the 2019 summit", "until May 2020": a claim made on or before the date answers. */
const CUTOFF = /\b(?:as of|as at|by|before|until|till|up to)\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?$/i;
/** A timex made only of a weekday or a holiday ("Saturday", "Victory Day") is an occasion's name in a question, not a date. */
const HAS_YEAR = /\b\d{4}\b/;
const RELATIVE = /\b(?:last|this|next|past|ago|yesterday|today|tomorrow)\b/i;

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** A word next to a day or a year ("june 2025", "5 febuary", "febuary 2026"): where a typed month name stands. */
const BESIDE_NUMBER = /(\p{L}{3,})(?=\s+\d{1,4}(?:st|nd|rd|th)?\b)|(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)(\p{L}{3,})/gu;

/**
 * Typed questions write months in lower case and misspell them ("june 2025", "febuary 2026"); the tagger reads only a
 * capitalised, correctly spelt month. A word beside a number that is a month name, or one or two edits from one (two
 * only for names of seven letters or more), is written as that month.
 */
export function normalizeMonths(question: string): string {
  return question.replace(BESIDE_NUMBER, (word: string) => {
    const typed = word.toLowerCase();
    if ((MONTHS as readonly string[]).includes(typed) || typed === 'sept') return typed.charAt(0).toUpperCase() + typed.slice(1);
    const month = MONTH_NAMES.find((m) => m === typed)
      ?? (typed.length >= 4 ? MONTH_NAMES.find((m) => m.length >= 5 && editDistance(typed, m, m.length >= 7 ? 2 : 1) <= (m.length >= 7 ? 2 : 1)) : undefined);
    return month ? month.charAt(0).toUpperCase() + month.slice(1) : word;
  });
}

const monthIndex = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;

function monthDay(month: number, day: number): string | null {
  // 2000 is a leap year, so 02-29 is a month and day.
  return isValidDate(2000, month, day) ? `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** A month and day with no year: "06-15", "June 15", "15 June". */
export function findMonthDay(question: string): { readonly text: string; readonly monthDay: string } | null {
  const numeric = NUMERIC_MONTH_DAY.exec(question);
  if (numeric) {
    const md = monthDay(Number(numeric[1]), Number(numeric[2]));
    if (md) return { text: numeric[0], monthDay: md };
  }
  const named = NAMED_MONTH_DAY.exec(question);
  if (named) {
    const month = monthIndex(named[1] ?? named[4] ?? '');
    const md = monthDay(month, Number(named[2] ?? named[3]));
    if (md) return { text: named[0], monthDay: md };
  }
  return null;
}

/**
 * The first date the question states with its year, or in words relative to today ("last year"); a weekday or holiday
 * alone is skipped. A year-less month and day is returned as such only when `allowMonthDay` (on-this-day questions).
 */
export function findQuestionDate(typed: string, today: IsoDate, allowMonthDay: boolean): QuestionDate | null {
  const question = normalizeMonths(typed);
  if (allowMonthDay) {
    const md = findMonthDay(question);
    if (md) return { kind: 'month-day', ...md };
  }
  for (const timex of findTimexes(question, today)) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (!HAS_YEAR.test(timex.text) && !RELATIVE.test(timex.text)) continue;
    const value = timex.value.slice(0, 10).replace(/T.*$/, '');
    const range = rangeOf(value);
    if (!range) continue;
    const cutoff = CUTOFF.test(question.slice(0, timex.offset));
    const attributive = /^\d{4}$/.test(timex.text) && /^\s+\p{Ll}/u.test(question.slice(timex.offset + timex.text.length))
      && /\b(?:the|their|its|his|her|a|an|our)\s+$/i.test(question.slice(0, timex.offset));
    return { kind: 'range', text: timex.text, range, value, cutoff, attributive };
  }
  return null;
}
