import { describe, expect, it } from 'vitest';
import { formatDate, formatDateInSentence, precisionOf } from '../../src/answer/format-date.js';

describe('formatDate never shows more precision than the value has', () => {
  it.each([
    ['2022-02-04', '4 February 2022', 'on 4 February 2022', 'day'],
    ['2022-02', 'February 2022', 'in February 2022', 'month'],
    ['2014', '2014', 'in 2014', 'year'],
    ['2021-W46', 'the week of 15 Nov–21 Nov 2021', 'in the week of 15 Nov–21 Nov 2021', 'week'],
  ])('%s', (value, plain, inSentence, precision) => {
    expect(formatDate(value)).toBe(plain);
    expect(formatDateInSentence(value)).toBe(inSentence);
    expect(precisionOf(value)).toBe(precision);
  });

  it('passes through values that are not calendar dates', () => {
    expect(formatDate('PAST_REF')).toBe('PAST_REF');
    expect(precisionOf('PAST_REF')).toBeNull();
  });
});
