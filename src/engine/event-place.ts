/**
 * Where an event happened, as precisely as its sources say: the event's own place when it is a city, else a city its
 * quotes or headlines name as a venue (in the event's country when that is known), else the dateline of the article
 * that reports it. "Where" answers the city and, when the place data knows it, the country.
 */
import type { Citation, DatedEvent } from '../domain.js';
import { findPlace } from '../events/find-place.js';
import { resolvePlace, type ResolvedPlace } from '../geo/resolve-place.js';
import { sentenceKey, type Corpus } from './corpus.js';
import { referredOccasion } from './referred-occasion.js';
import { venueInRegion } from './venue-in-region.js';

export interface EventPlace {
  /** "Dushanbe, Tajikistan", "Sochi, Russia", "Brazil": what an answer says. */
  readonly label: string;
  readonly place: ResolvedPlace | null;
  /** The name as the sources write it. */
  readonly name: string;
  /** A venue the place data does not know, as the sources write it ("the Vostochny cosmodrome"): answered "at". */
  readonly venue?: string;
  /** A report other than the event's own sources that gives the place, to be cited with it. */
  readonly reportedBy?: Citation;
}

export const isCity = (p: ResolvedPlace | null): boolean => p?.city !== undefined || p?.venue !== undefined;

function labelOf(name: string, place: ResolvedPlace | null): string {
  if (!place) return name;
  const city = place.city ?? place.venue;
  if (city && place.country && place.country !== city) return `${city}, ${place.country}`;
  return place.canonical;
}

/** "Beijing: …", "MOSCOW, June 5 (Xinhua) -- …", "BEIJING (Reuters) - …": where the report was filed, not where it happened. */
const DATELINE = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3}(?:,[^:–—-]{0,40})?(?:\([^)]{1,40}\))?\s*(?::|--|-|–|—)\s+/u;
const withoutDateline = (text: string): string => text.replace(DATELINE, '');

/**
 * The sentences near the quoted one, nearest first: a report often names the venue a sentence or two later. A sentence
 * that reports another event (a caption of the previous day's summit) names that event's place, not this one's.
 */
function neighbourSentences(corpus: Corpus, event: DatedEvent, file: string, quote: string): string[] {
  const article = corpus.findArticle(file);
  const at = article?.sentences.findIndex((s) => s.text.includes(quote) || quote.includes(s.text)) ?? -1;
  if (!article || at < 0) return [];
  return NEAR.flatMap((offset) => {
    const sentence = article.sentences[at + offset];
    if (!sentence) return [];
    const others = corpus.eventsOfSentence(sentenceKey(article.id, sentence.index)).filter((e) => e !== event);
    return others.length > 0 ? [] : [withoutDateline(sentence.text)];
  });
}

const NEAR = [1, -1, 2, -2, 3, -3] as const;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Before a venue: "in Sochi", "at the Kremlin", "a visit to Moscow", "visited Hanoi" (not "closer to Beijing"). */
const VENUE_BEFORE = /\b(?:in|at|inside|near|from|(?:visit\w*|trip|travel\w*|flew|flies|came|comes|went|goes|going|arriv\w*|journey\w*|head\w*|return\w*|way)\s+to|visit(?:s|ed|ing)?|host(?:s|ed)?\s+by)\s+(?:the\s+)?$/i;
/** A venue named as such: "in Shanghai", "at the Kremlin". */
const VENUE_IN = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})/gu;

/** Whether the text names the place as where something is, goes or comes from, not in passing. */
function namedAsVenue(text: string, place: string): boolean {
  const re = new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, 'gu');
  for (const m of text.matchAll(re)) if (VENUE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return true;
  return false;
}

/** "US-China talks", "China-Russia ties", "the Moscow-Beijing axis": each place there is one side of a pair. */
const sideOfPair = (place: string): RegExp =>
  new RegExp(`\\p{Lu}[\\p{L}.]*[-–]${escapeRegExp(place)}(?!\\p{L})|(?<!\\p{L})${escapeRegExp(place)}[-–]\\p{Lu}`, 'gu');

/** Whether the text names the place, and every time as one side of a pair of places. */
function namedOnlyAsSide(text: string, place: string): boolean {
  const all = text.match(new RegExp(`(?<!\\p{L})${escapeRegExp(place)}(?!\\p{L})`, 'gu'))?.length ?? 0;
  return all > 0 && (text.match(sideOfPair(place))?.length ?? 0) === all;
}

/**
 * The places a text names after "in" or "at" that `accept` takes, in order: for each, the longest run of capitalised
 * words the place data knows ("in Shanghai, China", "at the Great Hall").
 */
export function venuesIn(text: string, accept: (place: ResolvedPlace | null) => boolean): EventPlace[] {
  const venues: EventPlace[] = [];
  for (const m of text.matchAll(VENUE_IN)) {
    const words = (m[1] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').replace(/[.,'’]+$/, '');
      const found = resolvePlace(name);
      if (!accept(found)) continue;
      venues.push({ label: labelOf(name, found), place: found, name });
      break;
    }
  }
  return venues;
}

/** A city the event's quotes, headlines or nearby sentences name after "in" or "at", in the event's country when known. */
function venueNear(corpus: Corpus, event: DatedEvent, own: ResolvedPlace | null): EventPlace | null {
  const texts = [
    ...event.sources.map((s) => withoutDateline(s.quote)),
    ...new Set(event.sources.map((s) => s.title)),
    ...event.sources.flatMap((s) => neighbourSentences(corpus, event, s.article, s.quote)),
  ];
  const accept = (found: ResolvedPlace | null): boolean => isCity(found) && (own?.country === undefined || found?.country === own.country);
  for (const text of texts) {
    const [venue] = venuesIn(text, accept);
    if (venue) return venue;
  }
  return null;
}

const cache = new WeakMap<DatedEvent, EventPlace | null>();

export function placeOfEvent(corpus: Corpus, event: DatedEvent): EventPlace | null {
  if (cache.has(event)) return cache.get(event) ?? null;
  // A place known only from the dateline ("OSLO: …") is where the report was filed: a venue the text states wins.
  const filedFrom = event.place !== undefined && event.sources.every((s) => {
    const dateline = DATELINE.exec(s.quote)?.[0] ?? corpus.findArticle(s.article)?.dateline ?? '';
    return dateline.toLowerCase().includes(event.place?.toLowerCase() ?? '') && !s.quote.includes(event.place ?? '');
  });
  // "their first United States-China summit": a country joined to another by a hyphen names a side, not the venue.
  const sideOnly = event.place !== undefined && event.sources.every((s) => namedOnlyAsSide(s.quote, event.place ?? ''));
  const stated = filedFrom || sideOnly ? undefined : event.place;
  const own = stated ? resolvePlace(stated) : null;
  let best: EventPlace | null = stated ? { label: labelOf(stated, own), place: own, name: stated } : null;
  // "…binding Moscow more closely to Beijing": a city named in passing, never as the venue, yields to a venue nearby.
  const passing = stated !== undefined && event.sources.every((s) => !namedAsVenue(s.quote, stated));
  if (passing) {
    const venue = venueNear(corpus, event, own);
    if (venue) best = venue;
  }
  if (!passing && (!isCity(own) || filedFrom)) {
    const quotes = event.sources.map((s) => withoutDateline(s.quote));
    // A nearby sentence names the venue after in/at; a bare "Beijing has refused to condemn Moscow" names governments.
    const context = event.sources.flatMap((s) => neighbourSentences(corpus, event, s.article, s.quote)).filter((text) => {
      const name = findPlace(text);
      return name !== null && namedAsVenue(text, name);
    });
    const texts = [...quotes, ...new Set(event.sources.map((s) => s.title)), ...context];
    const datelines = event.sources.flatMap((s) => {
      const article = corpus.findArticle(s.article);
      return article?.dateline ? [article.dateline] : [];
    });
    for (const name of [...texts.map((t) => findPlace(t)), ...datelines]) {
      if (!name) continue;
      const found = resolvePlace(name);
      // A city elsewhere than the event's country is another place the sentence mentions.
      if (!isCity(found) || (own?.country !== undefined && found?.country !== own.country)) continue;
      best = { label: labelOf(name, found), place: found, name };
      break;
    }
  }
  // No city: a named venue placed by its region ("at the X cosmodrome in the Amur region") says more than a country.
  if (!isCity(best?.place ?? null)) best = venueOfSources(event, best) ?? best;
  // "The incident at this week's gala…": the sentences that told the occurrence name its venue.
  if (!isCity(best?.place ?? null)) best = venueOfReferredOccasion(corpus, event, best) ?? best;
  cache.set(event, best);
  return best;
}

function venueOfReferredOccasion(corpus: Corpus, event: DatedEvent, known: EventPlace | null): EventPlace | null {
  const accept = (found: ResolvedPlace | null): boolean => isCity(found) && (known?.place?.country === undefined || found?.country === known.place.country);
  for (const text of referredOccasion(corpus, event)) {
    const [venue] = venuesIn(withoutDateline(text), accept);
    if (venue) return venue;
  }
  return null;
}

function venueOfSources(event: DatedEvent, known: EventPlace | null): EventPlace | null {
  for (const text of [...event.sources.map((s) => withoutDateline(s.quote)), ...new Set(event.sources.map((s) => s.title))]) {
    const found = venueInRegion(text);
    if (!found || (known?.place?.country !== undefined && found.place.country !== known.place.country)) continue;
    const { city, region, country } = found.place;
    const label = [...new Set([found.venue, city ?? region, country].filter((part) => part !== undefined))].join(', ');
    return { label, place: found.place, name: found.name, venue: found.venue };
  }
  return null;
}
