import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { parseDateRange, rangeOf } from '../../src/engine/date-range.js';

const today = '2026-11-22' as IsoDate;

describe('rangeOf', () => {
  it.each([
    ['2022-02-04', { start: '2022-02-04', end: '2022-02-04' }],
    ['2024-02', { start: '2024-02-01', end: '2024-02-29' }],
    ['2023-02', { start: '2023-02-01', end: '2023-02-28' }],
    ['2021-W46', { start: '2021-11-15', end: '2021-11-21' }],
    ['2020-W53', { start: '2020-12-28', end: '2021-01-03' }],
    ['2014', { start: '2014-01-01', end: '2014-12-31' }],
    ['2023-02-29', null],
    ['PXD', null],
    ['PRESENT_REF', null],
  ])('%s covers %j', (value, expected) => {
    expect(rangeOf(value)).toEqual(expected);
  });
});

describe('parseDateRange', () => {
  it.each([
    ['2022', { start: '2022-01-01', end: '2022-12-31' }],
    ['2021-11..2022-03', { start: '2021-11-01', end: '2022-03-31' }],
    ['from 2021 to 2022', { start: '2021-01-01', end: '2022-12-31' }],
    ['last 2 years', { start: '2024-11-22', end: '2026-11-22' }],
    ['past 30 days', { start: '2026-10-23', end: '2026-11-22' }],
    ['last year', { start: '2025-01-01', end: '2025-12-31' }],
    ['this year', { start: '2026-01-01', end: '2026-12-31' }],
    ['2023..2021', null],
    ['next tuesday', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(parseDateRange(text, today)).toEqual(expected);
  });
});
