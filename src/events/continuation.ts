/**
 * Who else took part, told in the sentences right after a dated event: "On May 9 a parade filled the square. Watching
 * the event alongside the president was his guest." A sentence with no date of its own that points back at the
 * occasion ("the event", "the ceremony", "the dinner"), says who was there with someone ("alongside", "guests
 * including") or greets a speech's audience ("Dear Presidents …,") adds the people it names to the event before it.
 */

import { placesCompatible, resolvePlace } from '../geo/resolve-place.js';
import { findPlace } from './find-place.js';

/** The sentence names a known place the event's place cannot be (an unknown name proves nothing). */
function elsewhere(place: string, text: string): boolean {
  const there = findPlace(text);
  return there !== null && resolvePlace(there) !== null && !placesCompatible(place, there);
}

/** What the extractor knows of one sentence once it has read it. */
export interface SentenceFacts {
  readonly paragraph: number;
  readonly text: string;
  readonly people: readonly string[];
  /** The sentence has a calendar date of its own: it tells its own event, not the one before. */
  readonly dated: boolean;
  /** The sentence yielded an event mention itself. */
  readonly drafted: boolean;
  /** A reporting verb: what someone said about the occasion, not who was there. */
  readonly speech: boolean;
  /** People named before an invitation verb ("Xi is inviting Putin to…"): who invites. */
  readonly inviters: readonly string[];
}

const OCCASION = /\b(?:the|that|this)\s+(?:same\s+)?(?:[\w-]+\s+){0,2}?(?:event|parade|ceremony|celebrations?|dinner|banquet|gala|summit|forum|meeting|talks|reception|occasion|festivities|performance|commemoration)\b/i;
const COPRESENCE = /\b(?:alongside|guests?\s+includ(?:ing|ed)|(?:was|were)\s+among|joined\s+by|accompanied\s+by|in\s+attendance|seated\s+(?:next|beside|with))\b/i;
/** A speech's salutation names its audience, who are at the occasion: "Dear Presidents …", "Your Excellencies, …". */
const SALUTATION = /^\s*(?:Dear|(?:Your\s+)?Excellenc(?:y|ies)|Distinguished|Honou?rable)\b[^.!?]*[,:!]?\s*$/;
/** How many sentences after the event may still be telling it. */
const WINDOW = 2;

/**
 * The people the sentences after `from` add to its event (none when a new dated event or another paragraph begins). A
 * sentence set somewhere the event cannot be ("…on Tiananmen Square in Beijing" after an arrival in Shanghai) tells
 * another occasion and adds no one.
 */
export function continuationPeople(facts: readonly SentenceFacts[], from: number, place: string | null = null): string[] {
  const origin = facts[from];
  if (origin === undefined) return [];
  const names: string[] = [];
  for (let k = from + 1; k <= from + WINDOW; k++) {
    const f = facts[k];
    if (f === undefined || f.dated || f.drafted || f.paragraph > origin.paragraph + 1) break;
    if (f.speech && !COPRESENCE.test(f.text)) continue;
    if (!OCCASION.test(f.text) && !COPRESENCE.test(f.text) && !SALUTATION.test(f.text)) continue;
    if (place !== null && elsewhere(place, f.text)) continue;
    for (const p of f.people) if (!names.includes(p)) names.push(p);
  }
  return names;
}

/** Sentences before an acceptance that may name who invited. */
const INVITE_WINDOW = 2;

/**
 * "Putin has accepted the invitation": whoever the sentences just before name as inviting ("Xi is inviting his good
 * friend…") takes part in the acceptance, an answer to them.
 */
export function invitersBefore(facts: readonly SentenceFacts[], from: number): string[] {
  for (let k = from - 1; k >= Math.max(0, from - INVITE_WINDOW); k--) {
    const f = facts[k];
    if (f !== undefined && f.inviters.length > 0) return [...f.inviters];
  }
  return [];
}
