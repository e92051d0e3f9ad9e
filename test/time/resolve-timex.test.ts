import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { durationValue, resolveMonth, resolveWeekday, shiftedUnitValue, yearForMonthDay } from '../../src/time/resolve-timex.js';

const DCT = '2021-12-15' as IsoDate; // a Wednesday

describe('durationValue', () => {
  it.each([
    [2, 'year', 'P2Y'], [4.5, 'hour', 'PT4H30M'], [1.5, 'year', 'P1Y6M'], [30, 'minute', 'PT30M'], [1, 'century', 'P100Y'],
    [2, 'decade', 'P20Y'], [3, 'quarter', 'P3Q'], [1.5, 'day', 'P1DT12H'], [0.5, 'hour', 'PT30M'], [1.5, 'week', 'P11D'],
  ] as const)('%s %s → %s', (amount, unit, value) => {
    expect(durationValue(amount, unit)).toBe(value);
  });
});

describe('shiftedUnitValue', () => {
  it.each([
    ['week', -1, '2021-W49'], ['week', 1, '2021-W51'], ['month', 1, '2022-01'], ['month', -12, '2020-12'],
    ['quarter', 1, '2022-Q1'], ['year', 0, '2021'], ['decade', -1, '201'], ['century', 0, '20'], ['weekend', 0, '2021-W50-WE'],
    ['day', -15, '2021-11-30'],
  ] as const)('%s %s → %s', (unit, offset, value) => {
    expect(shiftedUnitValue(DCT, unit, offset)).toBe(value);
  });

  it('is underspecified without a DCT', () => {
    expect([shiftedUnitValue(null, 'week', -1), shiftedUnitValue(null, 'day', 1), shiftedUnitValue(null, 'year', 1)]).toEqual(['XXXX-WXX', 'XXXX-XX-XX', 'XXXX']);
  });
});

describe('weekday and month resolution', () => {
  it('resolves the DCT weekday to the DCT in either direction and steps a week when strict', () => {
    expect(resolveWeekday(DCT, 3, 'before')).toBe('2021-12-15');
    expect(resolveWeekday(DCT, 3, 'after')).toBe('2021-12-15');
    expect(resolveWeekday(DCT, 3, 'strictly-before')).toBe('2021-12-08');
    expect(resolveWeekday(DCT, 3, 'strictly-after')).toBe('2021-12-22');
    expect(resolveWeekday(DCT, 4, 'closest')).toBe('2021-12-16');
    expect(resolveWeekday(DCT, 1, 'closest')).toBe('2021-12-13');
  });

  it('picks the year of a year-less month by direction, the DCT month being this year', () => {
    expect(resolveMonth(DCT, 6, 'before')).toBe('2021-06');
    expect(resolveMonth(DCT, 6, 'after')).toBe('2022-06');
    expect(resolveMonth(DCT, 2, 'closest')).toBe('2022-02');
    expect(resolveMonth(DCT, 9, 'closest')).toBe('2021-09');
    expect(resolveMonth(DCT, 12, 'after')).toBe('2021-12');
    expect(yearForMonthDay(DCT, 12, 20, 'before')).toBe(2020);
    expect(yearForMonthDay(DCT, 12, 10, 'after')).toBe(2022);
  });
});
