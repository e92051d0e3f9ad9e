/** The Xi–Putin timeline: central events in date order, context events on request, over an optional range. */
import type { DatedEvent, IsoDate } from '../domain.js';
import { problem, type Answer } from '../answer/answer.js';
import { formatDate } from '../answer/format-date.js';
import type { Corpus } from './corpus.js';
import { overlaps, parseDateRange, rangeOf, type DayRange } from './date-range.js';
import { eventItem } from './event-items.js';

export const TIMELINE_PAGE_SIZE = 15;

export interface TimelineOptions {
  readonly range?: string;
  readonly from?: string;
  readonly to?: string;
  readonly all?: boolean;
  readonly page?: number;
  readonly pageSize?: number;
  readonly today: IsoDate;
}

function resolveRange(options: TimelineOptions): DayRange | null | 'invalid' {
  if (options.range) return parseDateRange(options.range, options.today) ?? 'invalid';
  if (!options.from && !options.to) return null;
  const from = options.from ? rangeOf(options.from) : { start: '0000-01-01', end: '0000-01-01' };
  const to = options.to ? rangeOf(options.to) : { start: '9999-12-31', end: '9999-12-31' };
  if (!from || !to) return 'invalid';
  return { start: from.start, end: to.end };
}

export function selectTimelineEvents(corpus: Corpus, range: DayRange | null, all: boolean): DatedEvent[] {
  return corpus.events.filter((event) => {
    if (!all && !event.central) return false;
    if (!range) return true;
    const span = rangeOf(event.date);
    return span !== null && overlaps(span, range);
  });
}

export function timeline(corpus: Corpus, options: TimelineOptions): Answer {
  const range = resolveRange(options);
  if (range === 'invalid') {
    return problem('bad-query', `I can't read "${options.range ?? `${options.from ?? ''}..${options.to ?? ''}`}" as a date range. Try 2022, 2021-11..2022-03 or "last 2 years".`, ['timeline 2022', 'timeline last 2 years']);
  }
  const all = options.all ?? false;
  const events = selectTimelineEvents(corpus, range, all);
  const pageSize = options.pageSize ?? TIMELINE_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const shown = events.slice((page - 1) * pageSize, page * pageSize);
  const scope = range ? ` from ${formatDate(range.start)} to ${formatDate(range.end)}` : '';
  const what = all ? 'events' : 'Xi–Putin events';
  const headline = events.length === 0
    ? `No ${what}${scope} in the articles I have.`
    : `${events.length} ${what}${scope}${events.length > shown.length ? ` (showing ${(page - 1) * pageSize + 1}–${(page - 1) * pageSize + shown.length})` : ''}:`;
  const rangeArg = options.range ? `${options.range} ` : '';
  const followUps = [...(all ? [] : [`timeline ${rangeArg}all`.trim()]), 'today'];
  return {
    kind: 'timeline',
    headline,
    items: shown.map((event) => eventItem(event)),
    followUps,
    ...(page * pageSize < events.length ? { nextPage: `timeline ${rangeArg}${all ? 'all ' : ''}page:${page + 1}` } : {}),
    data: { events: shown.length === events.length ? events : shown },
  };
}
