/**
 * Events by where they happened, for questions that name a place: "when did they meet in Tadjikistan?" must find the
 * summit in Dushanbe though no source sentence says "Tajikistan". Built once per corpus, on the first such question.
 */
import type { DatedEvent } from '../domain.js';
import { resolvePlace, type ResolvedPlace } from '../geo/resolve-place.js';
import { placeKey } from '../geo/place-key.js';
import type { Corpus } from './corpus.js';
import { placeOfEvent } from './event-place.js';

type PlaceTable = Map<string, DatedEvent[]>;
const tables = new WeakMap<Corpus, PlaceTable>();

/** The keys a place is found under: its city (or venue's city), its region and its country. */
function keysOf(place: ResolvedPlace): string[] {
  return [
    ...(place.city !== undefined ? [`city:${placeKey(place.city)}`] : []),
    ...(place.region !== undefined ? [`region:${place.region}`] : []),
    ...(place.country !== undefined ? [`country:${place.country}`] : []),
  ];
}

/** The most precise key a question's place asks for: a city asked about is not answered by its country. */
function askedKey(place: ResolvedPlace): string | null {
  if (place.city !== undefined) return `city:${placeKey(place.city)}`;
  if (place.region !== undefined) return `region:${place.region}`;
  return place.country !== undefined ? `country:${place.country}` : null;
}

function tableOf(corpus: Corpus): PlaceTable {
  let table = tables.get(corpus);
  if (table) return table;
  table = new Map();
  for (const event of corpus.events) {
    const place = placeOfEvent(corpus, event)?.place;
    if (!place) continue;
    for (const key of keysOf(place)) {
      const list = table.get(key);
      if (list) list.push(event);
      else table.set(key, [event]);
    }
  }
  tables.set(corpus, table);
  return table;
}

/** Events known to have happened in any of the places named (as the question writes them). */
export function eventsAtPlaces(corpus: Corpus, names: readonly string[]): readonly DatedEvent[] {
  const keys = names.flatMap((name) => {
    const place = resolvePlace(name);
    const key = place ? askedKey(place) : null;
    return key === null ? [] : [key];
  });
  if (keys.length === 0) return [];
  const table = tableOf(corpus);
  return [...new Set(keys.flatMap((key) => table.get(key) ?? []))];
}
