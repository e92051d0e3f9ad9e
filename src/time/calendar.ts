/** Pure proleptic-Gregorian date arithmetic on plain year/month/day numbers: no host clock, no host time zone. */
import type { IsoDate } from '../domain.js';

export interface CalendarDate {
  readonly year: number;
  /** 1 = January … 12 = December. */
  readonly month: number;
  readonly day: number;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day)
    && year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The only sanctioned maker of `IsoDate` from text: `YYYY-MM-DD` naming a real day, else null. */
export function parseIsoDate(s: string): IsoDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? (s as IsoDate) : null;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Callers pass a valid date; out-of-range days are normalised by going through the day count. */
export function formatIsoDate(date: CalendarDate): IsoDate {
  const { year, month, day } = fromDayNumber(toDayNumber(date));
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

export function formatYearMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function toCalendarDate(date: IsoDate): CalendarDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil: exact integer arithmetic,
 * so no Date object (and no host zone or DST) is involved.
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: era * 400 + yoe + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(fromDayNumber(toDayNumber(toCalendarDate(date)) + days));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(toCalendarDate(b)) - toDayNumber(toCalendarDate(a));
}

/** Month arithmetic on a year/month pair; the day is not involved, so no clamping question arises. */
export function addMonths(year: number, month: number, months: number): { readonly year: number; readonly month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
}

export function weekdayOf(date: IsoDate): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  const n = toDayNumber(toCalendarDate(date));
  return ((((n + 3) % 7) + 7) % 7 + 1) as IsoWeekday;
}

export function isoWeeksInYear(year: number): 52 | 53 {
  // A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
  const jan1 = weekdayOf(formatIsoDate({ year, month: 1, day: 1 }));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The ISO week-numbering year and week of a day (1 January can belong to the previous year's week 52/53). */
export function isoWeekParts(date: IsoDate): { readonly year: number; readonly week: number } {
  // The Thursday of the same ISO week decides the week-numbering year.
  const thursday = addDays(date, 4 - weekdayOf(date));
  const weekYear = toCalendarDate(thursday).year;
  const jan1 = formatIsoDate({ year: weekYear, month: 1, day: 1 });
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return { year: weekYear, week };
}

export function isoWeekValue(year: number, week: number): string {
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** Monday of ISO week `week` of ISO week-numbering year `year` (week 1 is the week holding 4 January). */
export function isoWeekStart(year: number, week: number): IsoDate {
  return addDays(weekdayInWeekOf(formatIsoDate({ year, month: 1, day: 4 }), 1), (week - 1) * 7);
}

/** `YYYY-Www` of the ISO week holding `date`. */
export function isoWeekOf(date: IsoDate): string {
  const { year, week } = isoWeekParts(date);
  return isoWeekValue(year, week);
}

/** The day with ISO weekday `weekday` in the same ISO week as `date` (Monday-based weeks). */
export function weekdayInWeekOf(date: IsoDate, weekday: IsoWeekday): IsoDate {
  return addDays(date, weekday - weekdayOf(date));
}

/** Most recent day with this weekday on or before `date` (`strict`: before). */
export function weekdayOnOrBefore(date: IsoDate, weekday: IsoWeekday, strict = false): IsoDate {
  let back = (weekdayOf(date) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(date, -back);
}

/** Next day with this weekday on or after `date` (`strict`: after). */
export function weekdayOnOrAfter(date: IsoDate, weekday: IsoWeekday, strict = false): IsoDate {
  let ahead = (weekday - weekdayOf(date) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(date, ahead);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar quarter, 1–4. */
export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}
