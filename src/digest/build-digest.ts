/** The daily digest's content for a local date: "On this day — 15 December", central events first, then context. Pure. */
import type { Answer, AnswerItem, DigestMeta } from '../answer/answer.js';
import type { DatedEvent, IsoDate } from '../domain.js';
import { eventItem } from '../engine/event-items.js';
import { findOnThisDay, type OnThisDayMatch } from '../engine/on-this-day.js';
import { addDays } from '../time/calendar.js';

/** What a day with no events posts (DIGEST_EMPTY): nothing, this week in history, or the nearest anniversary ahead. */
export type DigestEmptyPolicy = 'skip' | 'week' | 'nearest';

export type DigestContent =
  | { readonly kind: 'post'; readonly answer: Answer }
  /** Nothing to post (never an empty post); `answer` says so, for `digest preview` and `summit digest`. */
  | { readonly kind: 'empty'; readonly answer: Answer };

export const MAX_CENTRAL = 8;
/** Context events (one of the two leaders) follow the central ones and are kept fewer. */
export const MAX_CONTEXT = 3;
/** "This week in history": the day and three days either side. */
const WEEK_WINDOW = 3;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const dayLabel = (date: string): string => `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
const yearsAgo = (n: number): string => (n === 1 ? '1 year ago' : `${n} years ago`);

function offsetText(match: OnThisDayMatch): string {
  if (match.offsetDays === 0) return yearsAgo(match.yearsAgo);
  const n = Math.abs(match.offsetDays);
  return `${yearsAgo(match.yearsAgo)}, ${n} day${n === 1 ? '' : 's'} ${match.offsetDays < 0 ? 'before' : 'after'}`;
}

function item(match: OnThisDayMatch): AnswerItem {
  const place = match.event.place ? ` · in ${match.event.place}` : '';
  const names = match.event.participants.join(', ');
  const who = match.event.central ? '' : names ? ` · context: ${names}` : ' · context';
  return eventItem(match.event, { detail: `${offsetText(match)}${who}${place}` });
}

interface Selection {
  readonly central: readonly OnThisDayMatch[];
  readonly context: readonly OnThisDayMatch[];
  readonly more: number;
}

/** Central events in date order, then fewer context events; what did not fit is counted for the notice. */
function select(matches: readonly OnThisDayMatch[]): Selection {
  const byDate = [...matches].sort((a, b) => Math.abs(a.offsetDays) - Math.abs(b.offsetDays) || a.event.date.localeCompare(b.event.date));
  const central = byDate.filter((m) => m.event.central);
  const context = byDate.filter((m) => !m.event.central);
  const keptCentral = central.slice(0, MAX_CENTRAL);
  const keptContext = context.slice(0, MAX_CONTEXT);
  const chrono = (list: readonly OnThisDayMatch[]) => [...list].sort((a, b) => a.event.date.localeCompare(b.event.date));
  return { central: chrono(keptCentral), context: chrono(keptContext), more: matches.length - keptCentral.length - keptContext.length };
}

function digestAnswer(localDate: IsoDate, monthDay: string, mode: DigestMeta['mode'], chosen: Selection, headline: string, notice?: string): Answer {
  const matches = [...chosen.central, ...chosen.context];
  const events: DatedEvent[] = matches.map((m) => m.event);
  const more = chosen.more > 0 ? `${chosen.more} more on this day: today ${monthDay}` : '';
  const noticeText = [notice, more].filter(Boolean).join(' · ');
  return {
    kind: 'on-this-day',
    headline,
    ...(noticeText ? { notice: noticeText } : {}),
    items: matches.map(item),
    followUps: [`today ${monthDay} --window 7`, 'timeline'],
    data: { date: monthDay, events, digest: { localDate, mode, central: chosen.central.length, context: chosen.context.length } },
  };
}

/** Day-precise events on `monthDay` (and 29 February's on 28 February): a cheap first cut before findOnThisDay. */
function sameMonthDay(events: readonly DatedEvent[], monthDay: string): DatedEvent[] {
  return events.filter((e) => e.precision === 'day' && (e.date.slice(5) === monthDay || (monthDay === '02-28' && e.date.slice(5) === '02-29')));
}

interface Anniversary {
  readonly date: IsoDate;
  readonly days: number;
  readonly matches: OnThisDayMatch[];
}

/** The first day after `localDate` (within a year) with a central event from earlier years, else with any event. */
function nearestAhead(events: readonly DatedEvent[], localDate: IsoDate): Anniversary | null {
  let firstAny: Anniversary | null = null;
  for (let days = 1; days <= 366; days += 1) {
    const date = addDays(localDate, days);
    const matches = findOnThisDay(sameMonthDay(events, date.slice(5)), date.slice(5), 0, date);
    if (matches.some((m) => m.event.central)) return { date, days, matches };
    if (matches.length > 0) firstAny ??= { date, days, matches };
  }
  return firstAny;
}

/**
 * What the digest for `localDate` (the subscriber's calendar day) says. Only day-precise events match a day: an event
 * known only to its month or year is never "on this day". Years are counted from `localDate`'s year.
 */
export function buildDigest(events: readonly DatedEvent[], localDate: IsoDate, empty: DigestEmptyPolicy): DigestContent {
  const monthDay = localDate.slice(5);
  const label = dayLabel(localDate);
  const onDay = findOnThisDay(sameMonthDay(events, monthDay), monthDay, 0, localDate);
  if (onDay.length > 0) return { kind: 'post', answer: digestAnswer(localDate, monthDay, 'day', select(onDay), `On this day — ${label}`) };
  const nothing = `Nothing in the articles happened on ${label} in earlier years.`;
  if (empty === 'week') {
    const week = findOnThisDay(events, monthDay, WEEK_WINDOW, localDate);
    if (week.length > 0) {
      const span = `${dayLabel(addDays(localDate, -WEEK_WINDOW))} to ${dayLabel(addDays(localDate, WEEK_WINDOW))}`;
      return { kind: 'post', answer: digestAnswer(localDate, monthDay, 'week', select(week), `This week in history — ${span}`, nothing) };
    }
  }
  if (empty === 'nearest') {
    const next = nearestAhead(events, localDate);
    if (next) {
      const answer = digestAnswer(localDate, next.date.slice(5), 'nearest', select(next.matches), `Coming up — ${dayLabel(next.date)}, in ${next.days} day${next.days === 1 ? '' : 's'}`, nothing);
      return { kind: 'post', answer };
    }
  }
  const why = empty === 'skip' ? 'so no digest is posted that day (DIGEST_EMPTY=skip).' : `and no ${empty === 'week' ? 'event this week' : 'anniversary ahead'} either, so no digest is posted.`;
  return {
    kind: 'empty',
    answer: {
      kind: 'on-this-day',
      headline: `On this day — ${label}: nothing to post`,
      notice: `${nothing.slice(0, -1)}, ${why}`,
      items: [],
      followUps: [`today ${monthDay} --window 7`, 'timeline'],
      data: { date: monthDay, events: [], digest: { localDate, mode: 'none', central: 0, context: 0 } },
    },
  };
}
