/** Autocomplete for `/summit event id:` and `/summit digest subscribe zone:`: up to 25 choices, computed in memory. */
import { formatDate } from '../../src/answer/format-date.js';
import type { DatedEvent } from '../../src/domain.js';
import { clip, LIMITS } from './discord-limits.js';

export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** What autocomplete needs of the corpus: main passes the Corpus itself. */
export interface EventSource {
  readonly events: readonly DatedEvent[];
}

const fold = (text: string): string => text.toLowerCase().replace(/[_\s]+/g, ' ').trim();

/** Ids starting with what was typed come first, then events whose title, date or place contain it; newest first. */
export function suggestEvents(source: EventSource | undefined, typed: string): Choice[] {
  if (!source) return [];
  const needle = fold(typed);
  const score = (event: DatedEvent): number => {
    if (!needle) return 1;
    if (event.id.toLowerCase().startsWith(needle)) return 2;
    return fold(`${event.title} ${event.date} ${formatDate(event.date)} ${event.place ?? ''}`).includes(needle) ? 1 : 0;
  };
  return source.events
    .map((event) => ({ event, score: score(event) }))
    // A choice whose value would be cut is useless: the cut id would not be found.
    .filter((s) => s.score > 0 && s.event.id.length <= LIMITS.choiceText)
    .sort((a, b) => b.score - a.score || b.event.date.localeCompare(a.event.date))
    .slice(0, LIMITS.choices)
    .map(({ event }) => ({ name: clip(`${formatDate(event.date)} · ${event.title}`, LIMITS.choiceText), value: event.id }));
}

// Node lists canonical IANA zones but not "UTC" itself, the most common answer.
const ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone')];

/** Zones starting with the typed text (or with it after the region, "berl" → Europe/Berlin) before those containing it. */
export function suggestZones(typed: string): Choice[] {
  const needle = fold(typed);
  const rank = (zone: string): number => {
    const z = fold(zone);
    if (!needle) return zone === 'UTC' ? 3 : 1;
    if (z.startsWith(needle) || z.split('/').some((part) => part.startsWith(needle))) return 2;
    return z.includes(needle) ? 1 : 0;
  };
  return ZONES.map((zone) => ({ zone, rank: rank(zone) }))
    .filter((z) => z.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.zone.localeCompare(b.zone))
    .slice(0, LIMITS.choices)
    .map(({ zone }) => ({ name: zone, value: zone }));
}
