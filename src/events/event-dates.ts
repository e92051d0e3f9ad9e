/** Date arithmetic for event dates of mixed precision: day `YYYY-MM-DD`, week `YYYY-Www`, month `YYYY-MM`, year `YYYY`. */
import type { Precision } from '../domain.js';
import { addDays as addCalendarDays, isoWeekOf, isoWeekStart, parseIsoDate } from '../time/calendar.js';

const RANK = { day: 0, week: 1, month: 2, year: 3 } as const satisfies Record<Precision, number>;

/** Finer precision first: day < week < month < year. */
export function precisionRank(p: Precision): number {
  return RANK[p];
}

export function addDays(day: string, days: number): string {
  const iso = parseIsoDate(day);
  return iso === null ? day : addCalendarDays(iso, days);
}

/**
 * True when the coarse date contains the fine one (or they are equal): `2022` ⊇ `2022-02` ⊇ `2022-02-04`,
 * `2022-W05` ⊇ `2022-02-04`. A week and a month never contain each other (a week can straddle months).
 */
export function dateContains(coarse: string, coarsePrecision: Precision, fine: string, finePrecision: Precision): boolean {
  if (coarse === fine) return true;
  if (precisionRank(coarsePrecision) <= precisionRank(finePrecision)) return false;
  if (coarsePrecision === 'week') {
    const day = finePrecision === 'day' ? parseIsoDate(fine) : null;
    return day !== null && isoWeekOf(day) === coarse;
  }
  if (finePrecision === 'week') return coarsePrecision === 'year' && fine.slice(0, 4) === coarse;
  return fine.startsWith(`${coarse}-`);
}

/** Either date contains the other. */
export function datesCompatible(a: string, ap: Precision, b: string, bp: Precision): boolean {
  return dateContains(a, ap, b, bp) || dateContains(b, bp, a, ap);
}

/** True when `day` falls within the multi-day span [start, end]. */
export function dayWithin(day: string, start: string, end: string | undefined): boolean {
  return end !== undefined && day >= start && day <= end;
}

/** The first day a date value covers: `2022` → 2022-01-01, `2022-02` → 2022-02-01, `2021-W46` → 2021-11-15. */
export function firstDayOf(date: string, precision: Precision): string {
  switch (precision) {
    case 'day':
      return date;
    case 'week':
      return isoWeekStart(Number(date.slice(0, 4)), Number(date.slice(6, 8)));
    case 'month':
      return `${date}-01`;
    case 'year':
      return `${date}-01-01`;
  }
}
