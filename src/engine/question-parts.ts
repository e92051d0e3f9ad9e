/**
 * Two-part questions: "how many pandas did China lend, and for how long?", "when did they sign it, and where?". The
 * first part picks the answer; a later part is often answered by another sentence of the same report ("The pandas are
 * loaned for 15 years"), which must then be among the sentences shown.
 */
import { findPlace } from '../events/find-place.js';
import type { Corpus, CorpusSentence } from './corpus.js';
import { ownDate } from './rank-sentences.js';

export type LaterPart = 'duration' | 'place' | 'date' | 'number';

/** "…, and for how long", "… and where", "… and when", "… and how many": what a part after "and" asks for. */
const PARTS = [
  ['duration', /\band\s+(?:for\s+)?how\s+long\b/i],
  ['place', /\band\s+where\b/i],
  ['date', /\band\s+(?:when|on what date|in what year)\b/i],
  ['number', /\band\s+how\s+(?:many|much)\b/i],
] as const satisfies readonly (readonly [LaterPart, RegExp])[];

const NUMBER = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/i;

export function laterParts(question: string): LaterPart[] {
  return PARTS.filter(([, pattern]) => pattern.test(question)).map(([part]) => part);
}

/** Whether the sentence gives what the part asks: a length of time, a place, its own date, a number. */
export function answersPart(corpus: Corpus, sentence: CorpusSentence, part: LaterPart): boolean {
  switch (part) {
    case 'duration':
      return (corpus.timexes.get(sentence.article.id) ?? []).some((t) => t.sentenceIndex === sentence.index && t.type === 'DURATION');
    case 'place':
      return findPlace(sentence.text) !== null;
    case 'date':
      return ownDate(corpus, sentence) !== null;
    case 'number':
      return NUMBER.test(sentence.text);
    default: {
      const unknown: never = part;
      return unknown;
    }
  }
}

/**
 * The sentences to show, with one that answers each later part the shown ones leave open: the best-ranked sentence of
 * a shown sentence's report that answers it goes second, so the first three quotes cover every part.
 */
export function withLaterParts<T extends { readonly sentence: CorpusSentence }>(
  corpus: Corpus,
  question: string,
  shown: readonly T[],
  ranked: readonly T[],
  limit: number,
): T[] {
  let result = [...shown];
  for (const part of laterParts(question)) {
    if (result.slice(0, limit).some((s) => answersPart(corpus, s.sentence, part))) continue;
    const articles = new Set(result.map((s) => s.sentence.article));
    const answer = ranked.find((s) => articles.has(s.sentence.article) && answersPart(corpus, s.sentence, part));
    if (answer) result = [...result.slice(0, 1), answer, ...result.slice(1).filter((s) => s !== answer)];
  }
  return result.slice(0, limit);
}
