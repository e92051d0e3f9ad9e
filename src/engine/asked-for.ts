/**
 * What a question asks for beyond its topic: "what flavour of …" asks for a flavour, "how many people …" for a number of
 * people. An answer that does not give it is no answer, and a source that says it is not known ("the flavour was not
 * mentioned") is the honest reply.
 */
import type { Article } from '../domain.js';
import { stem } from './tokenize.js';

/** "What flavour of ice cream", "which colour": the noun after what/which, when it is not a verb or a pronoun. */
const ATTRIBUTE = /^\s*(?:[Ww]hat|[Ww]hich)\s+(?:(?:kind|sort|type)\s+of\s+)?(\p{Ll}{3,})\b/u;
const NOT_NOUN = /^(?:did|does|do|is|was|were|are|has|have|had|will|would|could|can|should|happened|happens|did|else|about|exactly|they|he|she|it|we|you)$/i;
/** "How many people attended": the counted noun; times and meetings are counted by claims and events instead. */
const COUNTED = /^\s*[Hh]ow\s+many\s+(\p{Ll}{3,})\b/u;
const CLAIMED_COUNTS = /^(?:times|meetings|visits|occasions|summits|contacts|calls)$/i;
/** A source that says the thing asked for is not known. */
const NOT_GIVEN = /\b(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:mentioned|disclosed|given|revealed|known|specified|made public|reported|named|released)\b|\b(?:did|does|do)\s+not\s+(?:say|give|disclose|specify|reveal|mention)\b|\bundisclosed\b|\bunspecified\b/i;
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;

/** "How long did the call last": a length of time. */
const HOW_LONG = /^\s*how\s+long\b/i;
const DURATION = new RegExp(String.raw`\b(?:${NUMBER}|an?|half\s+an?)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?)(?:[\s-]+long)?\b|\b(?:minutes?|hours?|day|week)-long\b`, 'i');

export interface AskedFor {
  readonly kind: 'attribute' | 'count' | 'duration';
  /** The noun as asked, and its stem. */
  readonly word: string;
  readonly stem: string;
}

export function askedFor(question: string): AskedFor | null {
  if (HOW_LONG.test(question)) return { kind: 'duration', word: 'long', stem: 'long' };
  const counted = COUNTED.exec(question)?.[1];
  if (counted && !CLAIMED_COUNTS.test(counted)) return { kind: 'count', word: counted, stem: stem(counted.toLowerCase()) };
  const attribute = ATTRIBUTE.exec(question)?.[1];
  if (attribute && !NOT_NOUN.test(attribute)) return { kind: 'attribute', word: attribute, stem: stem(attribute.toLowerCase()) };
  return null;
}

const wordsOf = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const hasStem = (text: string, s: string): boolean => wordsOf(text).some((w) => stem(w) === s);

/** Whether `text` gives what was asked: the attribute's noun, or a number just before the counted noun ("30 deals"). */
export function gives(asked: AskedFor, text: string): boolean {
  if (asked.kind === 'attribute') return hasStem(text, asked.stem);
  if (asked.kind === 'duration') return DURATION.test(text);
  const words = wordsOf(text);
  const number = new RegExp(`^${NUMBER}$`, 'i');
  return words.some((w, i) => stem(w) === asked.stem && words.slice(Math.max(0, i - 4), i).some((n) => number.test(n) && !/^\d{4}$/.test(n)));
}

/** A sentence of the article that says the thing asked for is not known ("the flavour was not mentioned"). */
export function saysNotGiven(asked: AskedFor, article: Article): string | null {
  return article.sentences.find((s) => NOT_GIVEN.test(s.text) && hasStem(s.text, asked.stem))?.text ?? null;
}
