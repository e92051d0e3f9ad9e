import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { findMonthDay, findQuestionDate, normalizeMonths } from '../../src/engine/question-date.js';

const today = '2026-11-22' as IsoDate;

describe('findMonthDay', () => {
  it.each([
    ['what happened on 06-15?', '06-15'],
    ['on this day 9-11 wat hapened', '09-11'],
    ['what happened on June 15?', '06-15'],
    ['what happened on the 3rd of March', '03-03'],
    ['anything on 29 Feb?', '02-29'],
  ])('%s → %s', (question, monthDay) => {
    expect(findMonthDay(question)?.monthDay).toBe(monthDay);
  });

  it.each(['what happened on 15 June 2019?', 'what happened on 13-45?', 'in 2019-06', 'what happened in June'])('finds no month-day in %j', (question) => {
    expect(findMonthDay(question)).toBeNull();
  });
});

describe('findQuestionDate', () => {
  it.each([
    ['where did they meet on 5 June 2019?', '2019-06-05', false],
    ['what did Putin say about gas in June 2019?', '2019-06', false],
    ['Who met in Lima on Saturday, 1 December 2018?', '2018-12-01', false],
    ['as of 2018, how many times had they met?', '2018', true],
    ['how many times had they met by December 2021?', '2021-12', true],
    ['what did Xi say at the Victory Day parade in May 2015?', '2015-05', false],
  ])('%s → %s (cut-off %s)', (question, value, cutoff) => {
    const date = findQuestionDate(question, today, false);
    expect(date?.kind === 'range' && { value: date.value, cutoff: date.cutoff }).toEqual({ value, cutoff });
  });

  it('ignores a weekday or a holiday alone: in a question they name an occasion', () => {
    expect(findQuestionDate('what did they say on Victory Day?', today, false)).toBeNull();
    expect(findQuestionDate('who did he meet on Saturday?', today, false)).toBeNull();
  });

  it('reads a year-less month and day only for an on-this-day question', () => {
    expect(findQuestionDate('what happened on June 15?', today, true)).toMatchObject({ kind: 'month-day', monthDay: '06-15' });
    expect(findQuestionDate('what happened on June 15?', today, false)).toBeNull();
  });
});

describe('normalizeMonths', () => {
  it.each([
    ['in june 2025??', 'in June 2025??'],
    ['their video call in febuary 2026', 'their video call in February 2026'],
    ['on 5 june 2019', 'on 5 June 2019'],
    ['in sept 2019', 'in Sept 2019'],
    ['what did he say in marh 2019', 'what did he say in March 2019'],
  ])('%s → %s', (question, normalized) => {
    expect(normalizeMonths(question)).toBe(normalized);
  });

  it('leaves words that are not beside a number, or are not near a month, alone', () => {
    expect(normalizeMonths('Putin may meet leaders in 2019')).toBe('Putin may meet leaders in 2019');
    expect(normalizeMonths('on Monday 5 people came')).toBe('on Monday 5 people came');
  });

  it('lets the question date read a lower-case month', () => {
    const date = findQuestionDate('did they say anything about rail in june 2025?', today, false);
    expect(date?.kind === 'range' && date.value).toBe('2025-06');
  });
});
