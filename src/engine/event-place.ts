/**
 * Where an event happened, as precisely as its sources say: the event's own place when it is a city, else a city its
 * quotes or headlines name as a venue (in the event's country when that is known), else the dateline of the article
 * that reports it. "Where" answers the city and, when the place data knows it, the country.
 */
import type { DatedEvent } from '../domain.js';
import { findPlace } from '../events/find-place.js';
import { resolvePlace, type ResolvedPlace } from '../geo/resolve-place.js';
import { sentenceKey, type Corpus } from './corpus.js';

export interface EventPlace {
  /** "Dushanbe, Tajikistan", "Sochi, Russia", "Brazil": what an answer says. */
  readonly label: string;
  readonly place: ResolvedPlace | null;
  /** The name as the sources write it. */
  readonly name: string;
}

const isCity = (p: ResolvedPlace | null): boolean => p?.city !== undefined || p?.venue !== undefined;

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

const cache = new WeakMap<DatedEvent, EventPlace | null>();

export function placeOfEvent(corpus: Corpus, event: DatedEvent): EventPlace | null {
  if (cache.has(event)) return cache.get(event) ?? null;
  // A place known only from the dateline ("OSLO: …") is where the report was filed: a venue the text states wins.
  const filedFrom = event.place !== undefined && event.sources.every((s) => {
    const dateline = DATELINE.exec(s.quote)?.[0] ?? corpus.findArticle(s.article)?.dateline ?? '';
    return dateline.toLowerCase().includes(event.place?.toLowerCase() ?? '') && !s.quote.includes(event.place ?? '');
  });
  const stated = filedFrom ? undefined : event.place;
  const own = stated ? resolvePlace(stated) : null;
  let best: EventPlace | null = stated ? { label: labelOf(stated, own), place: own, name: stated } : null;
  if (!isCity(own) || filedFrom) {
    const quotes = event.sources.map((s) => withoutDateline(s.quote));
    const context = event.sources.flatMap((s) => neighbourSentences(corpus, event, s.article, s.quote));
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
  cache.set(event, best);
  return best;
}
