/** "On this day": day-precise events from earlier years on a month and day, or within ±N days of it. */
import type { DatedEvent, IsoDate } from '../domain.js';
import { problem, type Answer } from '../answer/answer.js';
import type { Corpus } from './corpus.js';
import { isValidDate } from '../time/calendar.js';
import { eventItem } from './event-items.js';

const DAY_MS = 86_400_000;
const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The anniversary of month-day in `year`; 29 February falls on 28 February in common years. */
const anniversaryIn = (year: number, month: number, day: number): number =>
  month === 2 && day === 29 && !isLeap(year) ? Date.UTC(year, 1, 28) : Date.UTC(year, month - 1, day);

export interface OnThisDayMatch {
  readonly event: DatedEvent;
  readonly yearsAgo: number;
  /** Days between the event and the anniversary in its year: 0 on the day itself. */
  readonly offsetDays: number;
}

/**
 * Events whose day falls within `window` days of month-day `monthDay` in their own year, in years before `today`'s.
 * Only day-precision events qualify: a month or a year is not a day. A 29 February event is remembered on
 * 28 February in common years, so it is not skipped three years in four.
 */
export function findOnThisDay(events: readonly DatedEvent[], monthDay: string, window: number, today: IsoDate): OnThisDayMatch[] {
  const [month, day] = monthDay.split('-').map(Number) as [number, number];
  const currentYear = Number(today.slice(0, 4));
  const matches: OnThisDayMatch[] = [];
  for (const event of events) {
    if (event.precision !== 'day') continue;
    const [year, eventMonth, eventDay] = event.date.split('-').map(Number) as [number, number, number];
    if (year >= currentYear) continue;
    const eventMs = Date.UTC(year, eventMonth - 1, eventDay);
    // Across a new year the nearest anniversary may sit in the neighbouring year (30 Dec is 2 days before 1 Jan).
    const offsets = [year - 1, year, year + 1].map((y) => Math.round((eventMs - anniversaryIn(y, month, day)) / DAY_MS));
    const offsetDays = offsets.reduce((best, o) => (Math.abs(o) < Math.abs(best) ? o : best));
    const isLeapDayEvent = eventMonth === 2 && eventDay === 29;
    const leapDayOnCommonYear = isLeapDayEvent && month === 2 && day === 28 && !isLeap(currentYear) && window === 0;
    if (Math.abs(offsetDays) <= window || leapDayOnCommonYear) {
      matches.push({ event, yearsAgo: currentYear - year, offsetDays: leapDayOnCommonYear ? 0 : offsetDays });
    }
  }
  return matches.sort((a, b) =>
    Math.abs(a.offsetDays) - Math.abs(b.offsetDays) || Number(b.event.central) - Number(a.event.central) || a.event.date.localeCompare(b.event.date),
  );
}

function describeOffset(match: OnThisDayMatch): string {
  const ago = match.yearsAgo === 1 ? '1 year ago' : `${match.yearsAgo} years ago`;
  if (match.offsetDays === 0) return ago;
  const n = Math.abs(match.offsetDays);
  return `${ago}, ${n} day${n === 1 ? '' : 's'} ${match.offsetDays < 0 ? 'before' : 'after'}`;
}

export interface OnThisDayOptions {
  readonly monthDay?: string;
  readonly window?: number;
  readonly today: IsoDate;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function onThisDay(corpus: Corpus, options: OnThisDayOptions): Answer {
  const monthDay = options.monthDay ?? options.today.slice(5);
  const parts = /^(\d{2})-(\d{2})$/.exec(monthDay);
  // 2000 is a leap year, so 02-29 is a valid month-day here.
  if (!parts || !isValidDate(2000, Number(parts[1]), Number(parts[2]))) {
    return problem('bad-query', `"${monthDay}" is not a month and day. Use MM-DD, for example today 02-04.`, ['today', 'today 02-04']);
  }
  const window = Math.max(0, Math.min(30, options.window ?? 0));
  const matches = findOnThisDay(corpus.events, monthDay, window, options.today);
  const label = `${Number(parts[2])} ${MONTH_NAMES[Number(parts[1]) - 1]}`;
  const span = window > 0 ? ` (±${window} day${window === 1 ? '' : 's'})` : '';
  const headline = matches.length === 0
    ? `Nothing in the articles happened on ${label}${span} in earlier years.`
    : `On this day, ${label}${span}: ${matches.length} event${matches.length === 1 ? '' : 's'}`;
  return {
    kind: 'on-this-day',
    headline,
    items: matches.map((m) => eventItem(m.event, { detail: describeOffset(m) })),
    followUps: window === 0 ? [`today ${monthDay} --window 7`, 'timeline'] : ['timeline'],
    data: { date: monthDay, events: matches.map((m) => m.event) },
  };
}
