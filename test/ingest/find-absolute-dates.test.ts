import { describe, expect, it } from 'vitest';
import { findAbsoluteDates, leadingAbsoluteDate } from '../../src/ingest/find-absolute-dates.js';

describe('findAbsoluteDates', () => {
  it.each([
    ['on 2021-12-15 at noon', '2021-12-15'],
    ['Tuesday (March 21, 2023) and', '2023-03-21'],
    ['on Feb. 4 2022 they', '2022-02-04'],
    ['on Sept 9, 2019,', '2019-09-09'],
    ['the 9th of November, 2024 was', '2024-11-09'],
    ['on 29 February 2024', '2024-02-29'],
    ['stamped 2020/01/31', '2020-01-31'],
  ])('finds %j', (text, date) => {
    expect(findAbsoluteDates(text).map((d) => d.date)).toEqual([date]);
  });

  it.each([['29 February 2023'], ['2021-13-01'], ['March 2023'], ['June 5'], ['in 2014']])('ignores %j (impossible or partial)', (text) => {
    expect(findAbsoluteDates(text)).toEqual([]);
  });

  it('returns the offset of each match', () => {
    const text = 'From 1 May 2020 to June 3, 2021.';
    expect(findAbsoluteDates(text).map((d) => [d.offset, d.text])).toEqual([[5, '1 May 2020'], [19, 'June 3, 2021']]);
  });

  it('reads a numeric date opening a line only when one number exceeds 12, so its order is plain', () => {
    expect(leadingAbsoluteDate('Thu, 05/25/2031 - 17:53')).toEqual({ date: '2031-05-25', end: 15 });
    expect(leadingAbsoluteDate('25/05/2031')?.date).toBe('2031-05-25');
    // 05/06 may be May 6 or 5 June: no day is read.
    expect(leadingAbsoluteDate('05/06/2031')).toBeNull();
    expect(leadingAbsoluteDate('13/13/2031')).toBeNull();
    expect(findAbsoluteDates('the vote of 05/25/2031')).toEqual([]);
  });

  it('reads a date at the start of a line, after a weekday', () => {
    expect(leadingAbsoluteDate('Wed, 15 Dec 2021 10:00 GMT')).toEqual({ date: '2021-12-15', end: 16 });
    expect(leadingAbsoluteDate('The talks of 15 Dec 2021')).toBeNull();
  });
});
