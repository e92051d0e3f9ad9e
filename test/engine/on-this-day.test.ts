import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { findOnThisDay, onThisDay } from '../../src/engine/on-this-day.js';
import { corpusOfEvents, datedEvent } from '../fakes/fake-corpus.js';

const today = '2026-02-04' as IsoDate;
const events = [
  datedEvent('day-2022', '2022-02-04', 'day'),
  datedEvent('day-2019', '2019-02-04', 'day', { central: false }),
  datedEvent('near', '2021-02-06', 'day'),
  datedEvent('month-only', '2022-02', 'month'),
  datedEvent('year-only', '2014', 'year'),
  datedEvent('week-only', '2022-W05', 'week'),
  datedEvent('this-year', '2026-02-04', 'day'),
  datedEvent('new-year-eve', '2021-12-31', 'day'),
  datedEvent('leap-day', '2024-02-29', 'day'),
];

const ids = (matches: ReturnType<typeof findOnThisDay>): string[] => matches.map((m) => m.event.id);

describe('findOnThisDay', () => {
  it('returns day-precise events from earlier years on the same month and day, central first', () => {
    const matches = findOnThisDay(events, '02-04', 0, today);
    expect(ids(matches)).toEqual(['day-2022', 'day-2019']);
    expect(matches.map((m) => m.yearsAgo)).toEqual([4, 7]);
  });

  it('never matches an event known only to the month, week or year', () => {
    const matched = ids(findOnThisDay(events, '02-04', 30, today));
    expect(matched).not.toContain('month-only');
    expect(matched).not.toContain('year-only');
    expect(matched).not.toContain('week-only');
  });

  it('leaves out this year’s events: they are news, not anniversaries', () => {
    expect(ids(findOnThisDay(events, '02-04', 0, today))).not.toContain('this-year');
  });

  it('widens to ±N days and says how far each match is', () => {
    const matches = findOnThisDay(events, '02-04', 2, today);
    expect(ids(matches)).toEqual(['day-2022', 'day-2019', 'near']);
    expect(matches[2]?.offsetDays).toBe(2);
  });

  it('wraps the window across the new year', () => {
    expect(ids(findOnThisDay(events, '01-01', 1, today))).toEqual(['new-year-eve']);
  });

  it('remembers 29 February on 28 February in common years, and on the day itself when asked', () => {
    expect(ids(findOnThisDay(events, '02-28', 0, '2027-03-01' as IsoDate))).toEqual(['leap-day']);
    expect(ids(findOnThisDay(events, '02-29', 0, '2027-03-01' as IsoDate))).toEqual(['leap-day']);
    expect(ids(findOnThisDay(events, '02-28', 0, '2028-03-01' as IsoDate))).toEqual([]);
  });
});

describe('onThisDay answer', () => {
  const corpus = corpusOfEvents(events);

  it('defaults to today and labels each item with years ago', () => {
    const answer = onThisDay(corpus, { today });
    expect(answer.kind).toBe('on-this-day');
    expect(answer.headline).toBe('On this day, 4 February: 2 events');
    expect(answer.items.map((i) => i.detail)).toEqual(['4 years ago', '7 years ago']);
    expect(answer.kind === 'on-this-day' && answer.data.date).toBe('02-04');
  });

  it('says so when nothing happened, and offers a wider window', () => {
    const answer = onThisDay(corpus, { today, monthDay: '07-15' });
    expect(answer.items).toEqual([]);
    expect(answer.headline).toMatch(/^Nothing in the articles happened on 15 July/);
    expect(answer.followUps).toContain('today 07-15 --window 7');
  });

  it.each(['13-01', '02-30', 'tomorrow', '00-10'])('explains a bad month-day %j', (monthDay) => {
    const answer = onThisDay(corpus, { today, monthDay });
    expect(answer.kind).toBe('problem');
    expect(answer.headline).toMatch(/MM-DD/);
  });
});
