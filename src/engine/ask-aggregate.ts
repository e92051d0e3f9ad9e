/**
 * Questions over many events: "where did Xi and Putin meet in 2019?" lists every meeting in the period with its place
 * and date; "how many times did they meet in 2016?" counts the meetings the articles show, says that it counts what the
 * articles show, and adds any "have met N times" claim.
 */
import type { Citation, DatedEvent } from '../domain.js';
import type { Answer } from '../answer/answer.js';
import { formatDate } from '../answer/format-date.js';
import { PRINCIPALS } from '../events/people.js';
import type { Corpus } from './corpus.js';
import { contains, overlaps, rangeOf, type DayRange } from './date-range.js';
import { eventItem } from './event-items.js';
import { placeOfEvent } from './event-place.js';
import { placeCitations, placeOfOccasion } from './place-from-other-reports.js';
import { namesPerson } from './rank-events.js';
import { referredOccasion } from './referred-occasion.js';
import type { Understood } from './understand-question.js';

/** Topic words a plain "did they meet" question may carry besides the people and the date. */
const MEETING_WORDS: ReadonlySet<string> = new Set(['meet', 'meeting', 'talk', 'talks', 'summit', 'visit', 'see', 'get', 'together']);
/** A call or a video link is a contact, not a meeting in one place. */
const REMOTE = /\b(?:phone|telephone|call|video|videoconference|virtual|online)\b/i;
const MAX_LISTED = 12;

/** The people an aggregate is about: those asked, else the two principals ("where did they meet"). */
const peopleOf = (q: Understood): readonly string[] => (q.people.length >= 2 ? q.people : PRINCIPALS.map((p) => p.name));

/** Whether the question asks for every meeting in a period (or ever), rather than about one occasion. */
export function isAggregate(q: Understood): boolean {
  if (q.intent !== 'where' && q.intent !== 'count') return false;
  if (q.people.length === 1 || !q.topic.every((t) => MEETING_WORDS.has(t))) return false;
  if (!q.topic.some((t) => t === 'meet' || t === 'meeting')) return false;
  // "how many times had they met as of 2018" is a claim's question; a single day is one occasion.
  if (q.date?.cutoff || (q.date && q.date.range.start === q.date.range.end)) return false;
  return q.intent === 'where' || q.date !== null;
}

/**
 * Both people take part, or — participants unknown — both are named in its title, or in the sentences that tell the
 * occurrence it refers back to ("The incident at this week's summit…"). A sentence that names both may tell of
 * something else ("since Russia invaded Ukraine, Xi has called Putin twice"): the invasion is no meeting of theirs.
 */
function together(corpus: Corpus, event: DatedEvent, people: readonly string[]): boolean {
  if (event.participants.length > 0) return people.every((p) => event.participants.includes(p));
  if (people.every((p) => namesPerson(event.title, p))) return true;
  const told = referredOccasion(corpus, event).join(' ');
  return told !== '' && people.every((p) => namesPerson(told, p));
}

const rangeOfEvent = (e: DatedEvent): DayRange | null => rangeOf(e.date);

/**
 * One line per occasion: a coarse event ("June 2016") that contains a finer one of the same people is the same visit
 * reported loosely; two events a day apart in the same city are one visit.
 */
function occasions(corpus: Corpus, events: readonly DatedEvent[]): DatedEvent[] {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  return sorted.filter((event, i) => {
    const span = rangeOfEvent(event);
    if (!span) return false;
    const finer = sorted.some((other) => {
      const inner = rangeOfEvent(other);
      return other !== event && inner !== null && contains(span, inner) && (inner.end < span.end || inner.start > span.start);
    });
    if (finer) return false;
    const previous = sorted[i - 1];
    const previousSpan = previous ? rangeOfEvent(previous) : null;
    if (previous && previousSpan && dayGap(previousSpan.end, span.start) <= 1) {
      const a = placeOfEvent(corpus, previous)?.place?.canonical;
      const b = placeOfEvent(corpus, event)?.place?.canonical;
      if (a !== undefined && a === b) return false;
    }
    return true;
  });
}

const dayGap = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** "have met 37 times": the latest such claim in the period's articles, as a sentence with its report date. */
const COUNT_CLAIM = /\b(?:met|meetings?|talks|contacts?|summits?)\b[^.]{0,40}\b(?:\d+|\w+teen|twenty|thirty|forty|fifty)(?:th)?\s*(?:times|meetings?|occasions)?\b/i;

function countClaim(corpus: Corpus, people: readonly string[], range: DayRange | null): Citation | null {
  let best: Citation | null = null;
  for (const sentence of corpus.sentences.values()) {
    const { article } = sentence;
    if (!COUNT_CLAIM.test(sentence.text) || !/\b(?:times|\d+(?:st|nd|rd|th)\s+meeting)\b/i.test(sentence.text)) continue;
    if (!people.every((p) => namesPerson(sentence.text, p) || namesPerson(article.title, p))) continue;
    if (range && article.published && !overlaps(range, rangeOf(article.published) ?? range)) continue;
    if (!best || (article.published ?? '') > (best.published ?? '')) {
      best = { article: article.file, title: article.title, outlet: article.outlet, published: article.published, quote: sentence.text };
    }
  }
  return best;
}

export function askAggregate(corpus: Corpus, q: Understood): Answer {
  const people = peopleOf(q);
  const inRange = corpus.events.filter((e) => {
    const span = rangeOfEvent(e);
    return span !== null && (!q.date || overlaps(span, q.date.range)) && together(corpus, e, people);
  });
  const all = occasions(corpus, inRange);
  const inPerson = all.filter((e) => !REMOTE.test(e.title));
  const remote = all.filter((e) => REMOTE.test(e.title));
  const period = q.date ? ` in ${formatDate(q.date.value)}` : '';
  const describe = (e: DatedEvent): string => {
    // A place the articles do not give is said to be unknown: the date alone in its stead reads as a place.
    const place = placeOfOccasion(corpus, e);
    return `${place ? place.label : 'a place the articles do not name'}, ${formatDate(e.date)} (${e.title.replace(/[.…]+$/, '')})`;
  };
  const listed = inPerson.slice(0, MAX_LISTED);
  const claim = q.intent === 'count' ? countClaim(corpus, people, q.date?.range ?? null) : null;
  const names = people.join(' and ');
  const remoteNote = remote.length > 0 ? ` They also spoke by phone or video ${remote.length} time${remote.length === 1 ? '' : 's'}.` : '';
  const claimNote = claim ? ` ${claim.outlet ?? claim.article}${claim.published ? ` (${formatDate(claim.published)})` : ''} says: “${claim.quote}”` : '';
  let answer: string;
  if (inPerson.length === 0 && remote.length === 0) {
    answer = `I don't know of any meeting of ${names}${period}: none of the articles reports one.${claimNote}`;
  } else if (q.intent === 'count') {
    answer = `Counting what the articles show, ${names} met ${inPerson.length} time${inPerson.length === 1 ? '' : 's'}${period} `
      + `(${inPerson.length} meeting${inPerson.length === 1 ? '' : 's'}${listed.length > 0 ? `: ${listed.map(describe).join('; ')}` : ''}).${remoteNote}${claimNote}`;
  } else {
    answer = inPerson.length > 0
      ? `${names} met${period} in: ${listed.map(describe).join('; ')}.${remoteNote}`
      : `The articles show no meeting in person${period}.${remoteNote}`;
  }
  const shown = [...listed, ...remote].slice(0, MAX_LISTED);
  // A place taken from another report is cited with its occasion.
  const citations = [
    ...shown.flatMap((e) => [...e.sources.slice(0, 1), ...placeCitations(corpus, e)]),
    ...(claim ? [claim] : []),
  ];
  return {
    kind: 'ask',
    headline: answer,
    items: shown.map((e) => eventItem(e)),
    followUps: q.date ? [`timeline ${q.date.value}`] : ['timeline'],
    // The first occasion dates the answer, as the first line of a list would.
    data: { answer, ...(shown[0] ? { date: shown[0].date } : {}), events: shown, citations },
  };
}
