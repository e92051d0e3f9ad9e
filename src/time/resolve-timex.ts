/** Normalisation functions of the tagger: turn recognised pieces (a weekday, a month, "last week") into TIMEX3 values against the DCT. */
import type { IsoDate } from '../domain.js';
import type { IsoWeekday } from './calendar.js';
import {
  addDays, addMonths, daysBetween, formatIsoDate, formatYear, formatYearMonth, isValidDate, isoWeekOf, quarterOf, toCalendarDate,
  weekdayInWeekOf, weekdayOnOrAfter, weekdayOnOrBefore,
} from './calendar.js';
import type { Tense } from './detect-tense.js';
import { UNITS, type UnitName } from './lexicon.js';

/** Which occurrence a weekday or year-less date means: decided by a modifier ("last", "next") or by the clause's tense. */
export type Direction = 'before' | 'after' | 'strictly-before' | 'strictly-after' | 'closest' | 'same-week';

export function directionFromTense(tense: Tense, fallback: Direction): Direction {
  if (tense === 'past') return 'before';
  if (tense === 'future') return 'after';
  return fallback;
}

/**
 * Values already worked out for the DCT at hand. Every sentence of an article shares one DCT, so its "last week" and
 * "on Monday" come up again and again, and each costs several date conversions; cleared when the DCT changes.
 */
const memo = new Map<string, string>();
let memoDct: IsoDate | null = null;

function memoFor(dct: IsoDate): Map<string, string> {
  if (dct !== memoDct) {
    memo.clear();
    memoDct = dct;
  }
  return memo;
}

export function resolveWeekday(dct: IsoDate | null, weekday: IsoWeekday, direction: Direction): string {
  if (dct === null) return `XXXX-WXX-${weekday}`;
  return memoized(dct, `w:${weekday}:${direction}`, () => weekdayFrom(dct, weekday, direction));
}

function weekdayFrom(dct: IsoDate, weekday: IsoWeekday, direction: Direction): string {
  switch (direction) {
    case 'before': return weekdayOnOrBefore(dct, weekday);
    case 'strictly-before': return weekdayOnOrBefore(dct, weekday, true);
    case 'after': return weekdayOnOrAfter(dct, weekday);
    case 'strictly-after': return weekdayOnOrAfter(dct, weekday, true);
    case 'same-week': return weekdayInWeekOf(dct, weekday);
    case 'closest': {
      const back = weekdayOnOrBefore(dct, weekday);
      const ahead = weekdayOnOrAfter(dct, weekday);
      // News reports mostly look back; only a strictly nearer future day wins.
      return daysApart(ahead, dct) < daysApart(dct, back) ? ahead : back;
    }
  }
}

function daysApart(later: IsoDate, earlier: IsoDate): number {
  return daysBetween(earlier, later);
}

/**
 * The year of a year-less month (and day): "held in June" (past) is the most recent June; "will meet in June" the next;
 * without a tense cue the nearer of the two (so "in February" written in November is next February).
 */
export function yearForMonthDay(dct: IsoDate, month: number, day: number | null, direction: Direction): number {
  const now = toCalendarDate(dct);
  // Compare month/day pairs; a month without a day counts as the whole month, so the DCT's own month is this year.
  const cmp = day === null ? month - now.month : month !== now.month ? month - now.month : day - now.day;
  if (cmp === 0) return now.year;
  switch (direction) {
    case 'before':
    case 'strictly-before':
      return cmp < 0 ? now.year : now.year - 1;
    case 'after':
    case 'strictly-after':
      return cmp > 0 ? now.year : now.year + 1;
    case 'same-week':
      return now.year;
    case 'closest': {
      const monthsAhead = ((month - now.month) + 12) % 12;
      const monthsBack = ((now.month - month) + 12) % 12;
      if (monthsAhead < monthsBack) return cmp > 0 ? now.year : now.year + 1;
      return cmp < 0 ? now.year : now.year - 1;
    }
  }
}

export function resolveMonth(dct: IsoDate | null, month: number, direction: Direction): string {
  if (dct === null) return `XXXX-${String(month).padStart(2, '0')}`;
  return formatYearMonth(yearForMonthDay(dct, month, null, direction), month);
}

export function resolveMonthDay(dct: IsoDate | null, month: number, day: number, direction: Direction): string | null {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (dct === null) return day >= 1 && day <= 31 ? `XXXX-${mm}-${dd}` : null;
  const year = yearForMonthDay(dct, month, day, direction);
  return isValidDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}

export function fullDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}

/** Calendar units that "last/this/next" can shift. */
export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The value of the calendar unit `offset` steps from the DCT's: "last week" = (week, -1) → `2021-W46`. */
export function shiftedUnitValue(dct: IsoDate | null, unit: CalendarUnit, offset: number): string {
  if (dct === null) return UNDERSPECIFIED[unit];
  return memoized(dct, `s:${unit}:${offset}`, () => shiftedFrom(dct, unit, offset));
}

/** The value of `key` for this article date, computed once: an article's sentences share one date. */
function memoized(dct: IsoDate, key: string, compute: () => string): string {
  const known = memoFor(dct);
  let value = known.get(key);
  if (value === undefined) {
    value = compute();
    known.set(key, value);
  }
  return value;
}

function shiftedFrom(dct: IsoDate, unit: CalendarUnit, offset: number): string {
  const { year, month } = toCalendarDate(dct);
  switch (unit) {
    case 'day': return addDays(dct, offset);
    case 'week': return isoWeekOf(addDays(dct, offset * 7));
    case 'weekend': return `${isoWeekOf(addDays(dct, offset * 7))}-WE`;
    case 'month': { const m = addMonths(year, month, offset); return formatYearMonth(m.year, m.month); }
    case 'quarter': {
      const m = addMonths(year, month, offset * 3);
      return `${formatYear(m.year)}-Q${quarterOf(m.month)}`;
    }
    case 'year': return formatYear(year + offset);
    case 'decade': return formatYear(year + offset * 10).slice(0, 3);
    case 'century': return formatYear(year + offset * 100).slice(0, 2);
  }
}

const UNDERSPECIFIED = {
  day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX', decade: 'XXX', century: 'XX',
} as const satisfies Record<CalendarUnit, string>;

/** The granularity a resolved DATE value has, for anchoring anaphora ("the same day", "the following year"). */
export function shiftAnchorValue(anchor: string, unit: 'day' | 'month' | 'year', offset: number): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor);
  const month = /^(\d{4})-(\d{2})$/.exec(anchor);
  const year = /^(\d{4})$/.exec(anchor);
  if (unit === 'day' && day) return addDays(anchor as IsoDate, offset);
  if (unit === 'month' && (day ?? month)) {
    const m = addMonths(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)), offset);
    return formatYearMonth(m.year, m.month);
  }
  if (unit === 'year' && (day ?? month ?? year)) return formatYear(Number(anchor.slice(0, 4)) + offset);
  return null;
}

/**
 * A TIMEX3 duration value for `amount` of `unit`: `P2Y`, `PT4H30M`, `P1Y6M`. Fractions move to the next smaller unit
 * where the calendar allows it exactly; otherwise they stay decimal (`P1.5M`).
 */
export function durationValue(amount: number, unit: UnitName): string {
  const spec = UNITS[unit];
  const total = amount * spec.factor;
  const prefix = spec.time ? 'PT' : 'P';
  if (Number.isInteger(total)) return `${prefix}${total}${spec.code}`;
  const whole = Math.floor(total);
  const fraction = total - whole;
  const lower = FRACTION_UNITS[spec.code as keyof typeof FRACTION_UNITS];
  if (lower !== undefined && spec.time === lower.time) {
    const part = Math.round(fraction * lower.per);
    const head = whole > 0 ? `${whole}${spec.code}` : '';
    return `${prefix}${head}${part}${lower.code}`;
  }
  if (spec.code === 'W') return `P${Math.round(total * 7)}D`;
  if (spec.code === 'D') return `P${whole > 0 ? `${whole}D` : ''}T${Math.round(fraction * 24)}H`;
  return `${prefix}${Number(total.toFixed(2))}${spec.code}`;
}

const FRACTION_UNITS = {
  Y: { code: 'M', per: 12, time: false },
  H: { code: 'M', per: 60, time: true },
} as const satisfies Record<string, { code: string; per: number; time: boolean }>;
