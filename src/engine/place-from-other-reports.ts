/**
 * Where an occasion happened when none of its own sources says: news retells background occasions in passing ("declared
 * a ‘no limits’ partnership days before the invasion"), and another report of the same occasion often names the venue
 * ("agreed to a ‘no limits’ friendship … during the 2022 Winter Olympics in Beijing"). Read only for the few events an
 * answer lists, through the search index: never a scan of the corpus.
 */
import type { Citation, DatedEvent } from '../domain.js';
import { resolvePlace } from '../geo/resolve-place.js';
import { citationFor, type Corpus, type CorpusSentence } from './corpus.js';
import { rangeOf } from './date-range.js';
import { isCity, placeOfEvent, venuesIn, type EventPlace } from './event-place.js';
import { namesPerson } from './rank-events.js';
import { statesDateIn } from './rank-sentences.js';
import { splitWords, termOf, tokenize } from './tokenize.js';
import { isActionWord } from './understand-question.js';

/** Reports read per event: the best-scoring sentences for its words. */
const REPORTS_READ = 20;
/** Share of the event's words (each weighed by its rarity) another report must repeat to be about the same occasion. */
const MIN_SHARED = 0.5;
/** A coinage in quotes (‘no limits’, “Power of Siberia”) names one thing: a report that repeats it is about it. */
const QUOTED = /[‘“'"]([^‘’“”'"]{3,40})[’”'"]/u;

/**
 * The words that say what the event was: title words its source quotes use too (not the title's own template verb),
 * names and act words left out. As written, for the index's query, and as index terms.
 */
function eventWords(event: DatedEvent): { readonly written: readonly string[]; readonly terms: readonly string[] } {
  const names = new Set(tokenize(event.participants.join(' ')));
  const quoted = new Set(tokenize(event.sources.map((s) => s.quote).join(' ')));
  const written = [...new Set(splitWords(event.title))].filter((w) => {
    const t = termOf(w);
    return t !== null && quoted.has(t) && !names.has(t) && !isActionWord(t);
  });
  return { written, terms: [...new Set(written.flatMap((w) => termOf(w) ?? []))] };
}

/** Whether the sentence retells the event: everyone in it named, a date inside its period, its coinage or most of its words. */
function retells(corpus: Corpus, event: DatedEvent, words: readonly string[], coinage: readonly string[], sentence: CorpusSentence): boolean {
  if (!event.participants.every((p) => namesPerson(sentence.text, p))) return false;
  const span = rangeOf(event.date);
  if (!span || !statesDateIn(corpus, sentence, span)) return false;
  const terms = new Set(tokenize(sentence.text));
  if (coinage.length > 0) return coinage.every((t) => terms.has(t));
  const weight = (t: string): number => corpus.index.rarity(t);
  const total = words.reduce((sum, t) => sum + weight(t), 0);
  return total > 0 && words.filter((t) => terms.has(t)).reduce((sum, t) => sum + weight(t), 0) / total >= MIN_SHARED;
}

const cache = new WeakMap<DatedEvent, EventPlace | null>();

/** The city another report of the event names as its venue, in the event's country when that is known. */
export function placeFromOtherReports(corpus: Corpus, event: DatedEvent): EventPlace | null {
  if (cache.has(event)) return cache.get(event) ?? null;
  let found: EventPlace | null = null;
  const { written, terms: words } = eventWords(event);
  if (event.participants.length > 0 && words.length > 0) {
    const coinage = event.sources.flatMap((s) => tokenize(QUOTED.exec(s.quote)?.[1] ?? '')).filter((t) => words.includes(t));
    const own = event.sources.map((s) => s.quote);
    const country = event.place !== undefined ? resolvePlace(event.place)?.country : undefined;
    const { hits } = corpus.index.search({ terms: written, phrases: [], excluded: [] }, { limit: REPORTS_READ, filter: (id) => !id.startsWith('event:') });
    for (const hit of hits) {
      const sentence = corpus.sentences.get(hit.id);
      if (!sentence || own.some((q) => q.includes(sentence.text) || sentence.text.includes(q))) continue;
      if (!retells(corpus, event, words, coinage, sentence)) continue;
      const [venue] = venuesIn(sentence.text, (p) => isCity(p) && (country === undefined || p?.country === country));
      if (venue) {
        found = { ...venue, reportedBy: citationFor(sentence.article, sentence.text) };
        break;
      }
    }
  }
  cache.set(event, found);
  return found;
}

/** Where an occasion happened: its own sources' city, else another report's, else the country its sources give. */
export function placeOfOccasion(corpus: Corpus, event: DatedEvent): EventPlace | null {
  const own = placeOfEvent(corpus, event);
  if (own && isCity(own.place)) return own;
  return placeFromOtherReports(corpus, event) ?? own;
}

/** The report that gave an occasion's place, when it is not one of the occasion's own sources: cited with it. */
export function placeCitations(corpus: Corpus, event: DatedEvent): Citation[] {
  const by = placeOfOccasion(corpus, event)?.reportedBy;
  return by ? [by] : [];
}
