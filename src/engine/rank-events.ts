/** Events ranked for a question: topic coverage (own words, then the sentences around their sources), people, date. */
import type { DatedEvent, IsoDate } from '../domain.js';
import { PUTIN, XI } from '../events/people.js';
import { addDays } from '../time/calendar.js';
import { placeMatches, placesCompatible } from '../geo/resolve-place.js';
import type { Corpus } from './corpus.js';
import { eventsAtPlaces } from './events-at-place.js';
import { placeOfEvent } from './event-place.js';
import { eventsReferringTo, referredOccasion } from './referred-occasion.js';
import { contains, overlaps, rangeOf } from './date-range.js';
import { tokenize } from './tokenize.js';
import type { SearchQuery } from './parse-search-query.js';
import { coverageOf, covers, coveringTerms, isActionWord, synonymsOf, type Understood } from './understand-question.js';

/** Hits read from the index per question: enough to find the events behind the top sentences, bounded for speed. */
export const CANDIDATE_HITS = 60;

export interface ScoredEvent {
  readonly event: DatedEvent;
  readonly coverage: number;
  readonly score: number;
}

interface EventTerms {
  /** The event's own words: title, place, people, headlines, quotes. */
  readonly own: ReadonlySet<string>;
  /** Words of the sentences either side of a source: they situate the event but may belong to the next one. */
  readonly context: ReadonlySet<string>;
  /** Words two sentences from a source: "…, which took place on his birthday" often comes a line later. */
  readonly far: ReadonlySet<string>;
}

/** How much a topic word found only around an event's sources counts, against 1 for the event's own words. */
const CONTEXT_COVERAGE = 0.5;
const FAR_COVERAGE = 0.25;
/** An event dated more coarsely than the period asked about merely overlaps it: one dated inside it goes first. */
const COARSER_PENALTY = 0.3;
/** A definite reference to an act already reported: "the call", "their conversation", "the talks", "this visit". */
const REFERS_BACK = /\b(?:the|this|that|their|the two leaders'|the leaders')\s+(?:(?:phone|telephone|video|latest|first|second|third)\s+)?(?:call|conversation|talks|meeting|visit|summit|trip|exchange)\b/i;

const eventTermCache = new WeakMap<DatedEvent, EventTerms>();
function eventTerms(corpus: Corpus, event: DatedEvent): EventTerms {
  let terms = eventTermCache.get(event);
  if (!terms) {
    // Source headlines situate an event ("… at Samarkand talks") even when its sentence names no place, and so do the
    // sentences either side of a source ("…before the opening of the Games." "Xi met Putin in Sochi on Thursday.").
    const headlines = [...new Set(event.sources.map((s) => s.title))];
    const context = event.sources.flatMap((s) => neighbours(corpus, s.article, s.quote, 1));
    const far = event.sources.flatMap((s) => neighbours(corpus, s.article, s.quote, 2));
    // "The report of the conversation, which took place on …": a later sentence that names the act again is about it.
    // So is one that goes on telling of its people ("The presidents spent hours together. They strolled through…").
    const back = [...far.filter((text, i) => i % 2 === 1 && REFERS_BACK.test(text)), ...event.sources.flatMap((s) => goingOn(corpus, s.article, s.quote))];
    // "The incident at this week's gala…" only dates what the sentences before it told: their words are the event's own.
    const told = referredOccasion(corpus, event);
    terms = {
      own: new Set(tokenize([event.title, event.place ?? '', event.participants.join(' '), ...headlines, ...event.sources.map((s) => s.quote), ...told].join(' '))),
      // The dateline says where a report's news happened ("BUENOS AIRES — … met here on Saturday").
      context: new Set(tokenize([...context, ...back, ...event.sources.map((s) => corpus.findArticle(s.article)?.dateline ?? '')].join(' '))),
      far: new Set(tokenize(far.join(' '))),
    };
    eventTermCache.set(event, terms);
  }
  return terms;
}

const coverageOfTerm = (terms: EventTerms, t: string): number => {
  if (covers(terms.own, t)) return 1;
  if (isActionWord(t)) return 0;
  return covers(terms.context, t) ? CONTEXT_COVERAGE : covers(terms.far, t) ? FAR_COVERAGE : 0;
};

const eventCoverage = (topic: readonly string[], terms: EventTerms): number =>
  topic.length === 0 ? 1 : topic.reduce((sum, t) => sum + coverageOfTerm(terms, t), 0) / topic.length;

/**
 * Coverage with each topic word weighed by its rarity in the corpus: of two calls, the one whose sources say "69th
 * birthday" answers a question about the birthday call, though both say "phone".
 */
function weightedCoverage(corpus: Corpus, topic: readonly string[], terms: EventTerms): number {
  // A word covered by its synonym ("go" by "visit") weighs what the synonym does: the rarer spelling says no more.
  const rarity = topic.map((t) => Math.min(...coveringTerms(t).map((term) => corpus.index.rarity(term))));
  // Words for the act ("talk on the phone") all name one thing, whichever is rarer: each weighs as the least of the topic.
  const least = Math.min(...rarity);
  let total = 0;
  let found = 0;
  topic.forEach((t, i) => {
    const weight = isActionWord(t) ? least : (rarity[i] ?? least);
    total += weight;
    found += weight * coverageOfTerm(terms, t);
  });
  return total === 0 ? 1 : found / total;
}

/** A sentence whose subject is the people of the one before: "They …", "The two leaders …", "Both men …". */
const GOES_ON = /^\s*(?:they|the\s+(?:two\s+)?(?:leaders|presidents|men|heads of state)|both\s+(?:leaders|presidents|men|sides))\b/i;

/**
 * The sentence two after the one quoted, when it and the one between both go on telling of the same people: the words
 * of that chain are the occasion's, though two sentences away.
 */
function goingOn(corpus: Corpus, file: string, quote: string): string[] {
  const article = corpus.findArticle(file);
  const at = article?.sentences.findIndex((s) => s.text.includes(quote) || quote.includes(s.text)) ?? -1;
  if (!article || at < 0) return [];
  const [next, after] = [article.sentences[at + 1]?.text ?? '', article.sentences[at + 2]?.text ?? ''];
  return GOES_ON.test(next) && GOES_ON.test(after) ? [after] : [];
}

/** The sentences `distance` before and after the one quoted. */
function neighbours(corpus: Corpus, file: string, quote: string, distance: number): string[] {
  const article = corpus.findArticle(file);
  const at = article?.sentences.findIndex((s) => s.text.includes(quote) || quote.includes(s.text)) ?? -1;
  if (!article || at < 0) return [];
  return [at - distance, at + distance].map((i) => article.sentences[i]?.text ?? '');
}

/**
 * Whether a text names the person by any part of their name as a whole word: "Peng" for Peng Shuai (family name first),
 * "Putin" for Vladimir Putin.
 */
export function namesPerson(text: string, person: string): boolean {
  return person.split(' ').some((part) => {
    if (part.length < 2) return false;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      const before = text.charAt(at - 1);
      const after = text.charAt(at + part.length);
      if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    }
    return false;
  });
}

/** Taking part, or — for an event whose participants are unknown — named in its title or sources. */
export function mentionsPerson(event: DatedEvent, person: string): boolean {
  if (event.participants.includes(person) || namesPerson(event.title, person)) return true;
  // With participants known, a name elsewhere in the sentence is a bystander ("… before meeting Xi and Putin").
  return event.participants.length === 0 && event.sources.some((s) => namesPerson(s.quote, person));
}

/** The words an event says itself (title, place, people, its sources), without the sentences around them. */
export const eventOwnTerms = (corpus: Corpus, event: DatedEvent): ReadonlySet<string> => eventTerms(corpus, event).own;

const withWords = (terms: EventTerms, words: ReadonlySet<string>): EventTerms => ({ ...terms, own: new Set([...terms.own, ...words]) });

/**
 * Where an event stands against the places a question names: known to be in one of them, known to be somewhere none
 * of them can be (another city, another country), or not known either way (no place, or only its country).
 */
function placeFit(corpus: Corpus, event: DatedEvent, asked: readonly string[]): 'there' | 'elsewhere' | 'unknown' | 'anywhere' {
  if (asked.length === 0) return 'anywhere';
  const place = placeOfEvent(corpus, event);
  if (!place) return 'unknown';
  if (asked.some((name) => placeMatches(name, place.name))) return 'there';
  // A name the place data does not know cannot be told apart from the places asked about.
  if (place.place === null) return 'unknown';
  return asked.some((name) => placesCompatible(name, place.name)) ? 'unknown' : 'elsewhere';
}

export function rankEvents(corpus: Corpus, q: Understood): ScoredEvent[] {
  const candidates = new Map<DatedEvent, number>();
  const addHits = (query: SearchQuery): void => {
    const { hits } = corpus.index.search(query, { limit: CANDIDATE_HITS });
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) {
      const related = hit.id.startsWith('event:')
        ? [corpus.findEvent(hit.id.slice(6))].filter((e): e is DatedEvent => e !== undefined)
        : [...corpus.eventsOfSentence(hit.id), ...eventsReferringTo(corpus, hit.id)];
      for (const event of related) candidates.set(event, Math.max(candidates.get(event) ?? 0, hit.score / top));
    }
  };
  if (q.query) {
    addHits(q.query);
    // "When did they last talk?": a call never says "talk", so the words news uses for the act find candidates too.
    const synonyms = [...new Set(q.topic.filter(isActionWord).flatMap(synonymsOf))].filter((w) => !q.query?.terms.includes(w));
    if (synonyms.length > 0) addHits({ ...q.query, terms: [...q.query.terms.filter((t) => !isActionWord(t)), ...synonyms] });
  }
  // A question that names only people and a date ("what did Xi and Putin do in March 2023?") still has answers.
  // So does one whose date picks out a few days ("who did Xi meet on 1 December 2018?"): every event then is a candidate.
  const narrowDate = q.date !== null && q.date.range.end <= addDays(q.date.range.start as IsoDate, 31);
  if ((q.topic.length === 0 && (q.date || q.people.length > 0)) || narrowDate) for (const event of corpus.events) if (!candidates.has(event)) candidates.set(event, 0);
  for (const event of eventsAtPlaces(corpus, q.places)) if (!candidates.has(event)) candidates.set(event, 0);
  const scored: ScoredEvent[] = [];
  const placeWords = new Set(tokenize(q.places.join(' ')));
  for (const [event, hitScore] of candidates) {
    let coarser = false;
    if (q.date) {
      const span = rangeOf(event.date);
      if (!span || !overlaps(span, q.date.range)) continue;
      // Asked about February 2025, an event dated "2025" only may be in another month; one dated in February is there.
      coarser = !q.date.cutoff && !contains(q.date.range, span);
    }
    if (!q.people.every((person) => mentionsPerson(event, person) || referredOccasion(corpus, event).some((text) => namesPerson(text, person)))) continue;
    const { reported } = q;
    if (reported && !event.sources.some((s) => s.published !== null && overlaps(rangeOf(s.published) ?? reported.range, reported.range))) continue;
    const at = placeFit(corpus, event, q.places);
    if (at === 'elsewhere') continue;
    // Reported before it happened: a source published before the event's first day.
    const span = rangeOf(event.date);
    const announced = q.future && event.sources.some((s) => s.published !== null && s.published < (span?.start ?? event.date));
    // "When will Putin visit China?": an occasion over before the asker's day that no report announced is past news.
    if (q.future && !announced && span !== null && span.end < q.today) continue;
    // An event known to be in the place asked about covers its words, whatever the sources call it ("Dushanbe").
    const placed = at === 'there' ? withWords(eventTerms(corpus, event), placeWords) : eventTerms(corpus, event);
    if (!q.entities.every((entity) => covers(placed.own, entity) || covers(placed.context, entity))) continue;
    const coverage = eventCoverage(q.topic, placed);
    const weighted = weightedCoverage(corpus, q.topic, placed);
    // The title names the event's own action and place; a question matching it is about this event, not one it mentions.
    const titleCoverage = coverageOf(q.topic, new Set(tokenize(`${event.title} ${event.place ?? ''}`)));
    const bothPrincipalsAsked = q.people.length >= 2 || q.aboutThePair;
    const salience = Math.min(0.1, 0.03 * (event.sources.length - 1));
    // An event whose own sentences name the people asked about beats one where they take part only implicitly (a host).
    const named = q.people.filter((person) => event.sources.some((s) => namesPerson(s.quote, person))).length;
    const explicitness = 0.1 * named;
    // "They" in a Xi–Putin knowledge base are the pair, unless the articles show no event of theirs that fits.
    const withoutThePair = q.aboutThePair && !(mentionsPerson(event, XI) && mentionsPerson(event, PUTIN)) ? 0.3 : 0;
    const score = 1.5 * weighted + 0.3 * titleCoverage + 0.25 * hitScore + salience + explicitness + (announced ? 0.2 : 0) + (event.central ? 0.05 : 0) + (bothPrincipalsAsked && event.central ? 0.1 : 0) - withoutThePair - (coarser ? COARSER_PENALTY : 0);
    scored.push({ event, coverage, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id));
}

