/**
 * "Who met Putin?": the answer is whoever took part besides the people asked about. When the event lists no one else
 * (the reader of people missed a name after a descriptor: "met the country's top diplomat Wang Yi"), the names its
 * sources give are read instead.
 */
import type { DatedEvent } from '../domain.js';
import { findPeople, personName } from '../events/people.js';
import { resolvePlace } from '../geo/resolve-place.js';

/** Two or three capitalised words: a full name as news writes it ("Wang Yi", "Kim Jong Un"). */
const NAME_RUN = /(?<![\p{L}’'-])\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}(?![\p{L}’'-])/gu;
/** A name after an article or a place preposition is a place or a thing ("at the Great Hall"), not a person. */
const NOT_BEFORE_PERSON = /\b(?:the|a|an|in|at|on|from|to|into|near|of|via)\s+$/i;
/** "the Great Hall of the People": a run followed by "of" names a building or a body. */
const OF_AFTER = /^\s+of\b/;
const CALENDAR_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** The full names a sentence gives for people, besides those excluded: found people first, then name-like runs. */
export function namesInSentence(text: string, excluded: readonly string[]): string[] {
  const names = findPeople(text).map((p) => p.name);
  for (const m of text.matchAll(NAME_RUN)) {
    const run = m[0];
    if (NOT_BEFORE_PERSON.test(text.slice(0, m.index)) || OF_AFTER.test(text.slice(m.index + run.length))) continue;
    if (CALENDAR_WORD.test(run) || resolvePlace(run) !== null) continue;
    const name = personName(run);
    // A run holding a name already found ("President Vladimir Putin") is that person.
    if (name !== null && name.includes(' ') && !names.some((n) => run.includes(n) || n.includes(name))) names.push(name);
  }
  return [...new Set(names)].filter((n) => !excluded.includes(n));
}

/** Who took part besides `asked`: the event's other participants, else the other names its sources give. */
export function otherParticipants(event: DatedEvent, asked: readonly string[]): string[] {
  const others = event.participants.filter((p) => !asked.includes(p));
  if (others.length > 0 || asked.length === 0) return others;
  for (const source of event.sources) {
    const named = namesInSentence(source.quote, [...asked, ...event.participants]);
    if (named.length > 0) return named;
  }
  return [];
}
