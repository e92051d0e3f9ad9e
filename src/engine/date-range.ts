/** Date ranges over TIMEX-style values: what a coarse date covers, and how users write ranges ("2022", "2021-11..2022-03", "last 2 years"). */
import type { IsoDate } from '../domain.js';
import { addDays, addMonths, daysInMonth, formatIsoDate, isoWeekStart, isValidDate, toCalendarDate } from '../time/calendar.js';

/** The first and last day a date value covers: `2022-02` → 2022-02-01..2022-02-28. Null for values that are not calendar dates. */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

export function rangeOf(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isValidDate(Number(m[1]), Number(m[2]), Number(m[3])) ? { start: m[0], end: m[0] } : null;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    return { start: monday, end: addDays(monday, 6) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: formatIsoDate({ year, month, day: 1 }), end: formatIsoDate({ year, month, day: daysInMonth(year, month) }) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

export const overlaps = (a: DayRange, b: DayRange): boolean => a.start <= b.end && b.start <= a.end;
export const contains = (outer: DayRange, inner: DayRange): boolean => outer.start <= inner.start && inner.end <= outer.end;

/**
 * Parses a user's range: `2022`, `2022-02`, `2021-11..2022-03`, `2021 to 2022`, `from 2021-11 to 2022`,
 * `last 2 years`, `last 6 months`, `last 30 days`, `this year`, `last year`. Relative ranges count back from `today`.
 */
export function parseDateRange(text: string, today: IsoDate): DayRange | null {
  const t = text.trim().toLowerCase().replace(/^from\s+/, '');
  if (t === '') return null;
  // "last year" is the previous calendar year; "past year" and "last 1 year" count back from today.
  if (t === 'this year') return rangeOf(today.slice(0, 4));
  if (t === 'last year') return rangeOf(String(Number(today.slice(0, 4)) - 1));
  const relative = /^(?:the\s+)?(?:last|past)\s+(\d{1,3})?\s*(day|week|month|year)s?$/.exec(t);
  if (relative) {
    const count = Number(relative[1] ?? 1);
    const unit = relative[2];
    const { year, month, day } = toCalendarDate(today);
    const back = unit === 'month' ? addMonths(year, month, -count) : { year: year - count, month };
    const start =
      unit === 'day' ? addDays(today, -count)
      : unit === 'week' ? addDays(today, -7 * count)
      : formatIsoDate({ ...back, day: Math.min(day, daysInMonth(back.year, back.month)) });
    return { start, end: today };
  }
  const parts = t.split(/\s*(?:\.\.|–|—|\bto\b|\buntil\b|\bthrough\b)\s*|\s+-\s+/).filter(Boolean);
  if (parts.length === 1) return rangeOf(parts[0]!);
  if (parts.length === 2) {
    const from = rangeOf(parts[0]!);
    const to = rangeOf(parts[1]!);
    if (!from || !to || from.start > to.end) return null;
    return { start: from.start, end: to.end };
  }
  return null;
}
