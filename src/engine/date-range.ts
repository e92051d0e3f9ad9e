/** Date ranges over TIMEX-style values: what a coarse date covers, and how users write ranges ("2022", "2021-11..2022-03", "last 2 years"). */
import type { IsoDate } from '../domain.js';

/** The first and last day a date value covers: `2022-02` → 2022-02-01..2022-02-28. Null for values that are not calendar dates. */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

function isoWeekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - jan4Weekday * DAY_MS + (week - 1) * 7 * DAY_MS;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function rangeOf(value: string): DayRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isValidDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { start: m[0], end: m[0] } : null;
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { start: isoOf(monday), end: isoOf(monday + 6 * DAY_MS) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}` };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

export const overlaps = (a: DayRange, b: DayRange): boolean => a.start <= b.end && b.start <= a.end;
export const contains = (outer: DayRange, inner: DayRange): boolean => outer.start <= inner.start && inner.end <= outer.end;

export function addDaysIso(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return isoOf(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

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
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const start =
      unit === 'day' ? addDaysIso(today, -count)
      : unit === 'week' ? addDaysIso(today, -7 * count)
      : unit === 'month' ? isoOf(Date.UTC(y, m - 1 - count, Math.min(d, 28)))
      : isoOf(Date.UTC(y - count, m - 1, Math.min(d, 28)));
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
