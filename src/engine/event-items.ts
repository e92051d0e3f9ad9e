/** DatedEvent → AnswerItem: how an event reads in any answer. */
import type { DatedEvent } from '../domain.js';
import type { AnswerItem } from '../answer/answer.js';

/** Answers quote at most this many sources per event; `event <id>` shows them all. */
export const CITATIONS_PER_ITEM = 2;

export function eventItem(event: DatedEvent, options: { detail?: string; allSources?: boolean } = {}): AnswerItem {
  const who = event.participants.length > 0 ? event.participants.join(', ') : '';
  const where = event.place ? `in ${event.place}` : '';
  const until = event.endDate ? `until ${event.endDate}` : '';
  const more = !options.allSources && event.sources.length > CITATIONS_PER_ITEM ? `${event.sources.length} sources` : '';
  const detail = options.detail ?? [who, where, until, more].filter(Boolean).join(' · ');
  return {
    date: event.date,
    precision: event.precision,
    title: event.title,
    ...(detail ? { detail } : {}),
    citations: options.allSources ? event.sources : event.sources.slice(0, CITATIONS_PER_ITEM),
    ref: { kind: 'event', id: event.id },
  };
}
