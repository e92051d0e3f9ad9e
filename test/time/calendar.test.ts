import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import {
  addDays, addMonths, daysBetween, daysInMonth, formatIsoDate, fromDayNumber, isLeapYear, isoWeekOf, isoWeeksInYear,
  parseIsoDate, toCalendarDate, toDayNumber, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore,
} from '../../src/time/calendar.js';

const d = (s: string): IsoDate => {
  const parsed = parseIsoDate(s);
  if (parsed === null) throw new Error(`bad test date ${s}`);
  return parsed;
};

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', '2024-02-29'], ['2023-02-29', null], ['2000-02-29', '2000-02-29'], ['1900-02-29', null],
    ['2021-13-01', null], ['2021-04-31', null], ['2021-4-1', null], ['', null], ['2021-12-15T00:00', null],
  ])('%s → %s', (input, expected) => {
    expect(parseIsoDate(input)).toBe(expected);
  });
});

describe('calendar arithmetic', () => {
  it('knows leap years and month lengths', () => {
    expect([isLeapYear(2024), isLeapYear(2100), isLeapYear(2000), isLeapYear(2023)]).toEqual([true, false, true, false]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2021, 4), daysInMonth(2021, 12)]).toEqual([29, 28, 30, 31]);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays(d('2021-12-31'), 1)).toBe('2022-01-01');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2024-03-01'), -1)).toBe('2024-02-29');
    expect(addDays(d('2023-03-01'), -1)).toBe('2023-02-28');
    expect(daysBetween(d('2021-01-01'), d('2022-01-01'))).toBe(365);
  });

  it('adds months across years', () => {
    expect(addMonths(2021, 12, 1)).toEqual({ year: 2022, month: 1 });
    expect(addMonths(2022, 1, -1)).toEqual({ year: 2021, month: 12 });
    expect(addMonths(2022, 3, -15)).toEqual({ year: 2020, month: 12 });
  });

  it('gives ISO weekdays (Monday = 1)', () => {
    expect(weekdayOf(d('1970-01-01'))).toBe(4);
    expect(weekdayOf(d('2022-03-14'))).toBe(1);
    expect(weekdayOf(d('2022-03-20'))).toBe(7);
    expect(weekdayOf(d('1969-12-31'))).toBe(3);
  });

  it.each([
    ['2021-01-01', '2020-W53'], ['2021-01-04', '2021-W01'], ['2020-12-31', '2020-W53'], ['2019-12-30', '2020-W01'],
    ['2021-11-23', '2021-W47'], ['2022-01-02', '2021-W52'], ['2026-12-31', '2026-W53'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(isoWeekOf(d(date))).toBe(week);
  });

  it('counts 53-week years', () => {
    expect([isoWeeksInYear(2020), isoWeeksInYear(2015), isoWeeksInYear(2021), isoWeeksInYear(2026)]).toEqual([53, 53, 52, 53]);
  });

  it('finds the weekday on or before / after a date, inclusive unless strict', () => {
    const wednesday = d('2022-03-16');
    expect(weekdayOnOrBefore(wednesday, 3)).toBe('2022-03-16');
    expect(weekdayOnOrBefore(wednesday, 3, true)).toBe('2022-03-09');
    expect(weekdayOnOrBefore(wednesday, 5)).toBe('2022-03-11');
    expect(weekdayOnOrAfter(wednesday, 3)).toBe('2022-03-16');
    expect(weekdayOnOrAfter(wednesday, 3, true)).toBe('2022-03-23');
    expect(weekdayOnOrAfter(wednesday, 1)).toBe('2022-03-21');
  });

  it('round-trips day numbers and agrees with Date.UTC on any day', () => {
    fc.assert(fc.property(fc.integer({ min: -719_528, max: 2_932_896 }) /* 0000-01-01 … 9999-12-31 */, (n) => {
      const date = fromDayNumber(n);
      expect(toDayNumber(date)).toBe(n);
      const iso = formatIsoDate(date);
      expect(toCalendarDate(iso)).toEqual(date);
      const utc = new Date(0);
      utc.setUTCFullYear(date.year, date.month - 1, date.day);
      expect(Math.round(utc.getTime() / 86_400_000)).toBe(n);
      expect(weekdayOf(iso)).toBe(utc.getUTCDay() === 0 ? 7 : utc.getUTCDay());
    }));
  });
});
