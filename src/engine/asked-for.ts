/**
 * What a question asks for beyond its topic: "what flavour of …" asks for a flavour, "how many people …" for a number of
 * people. An answer that does not give it is no answer, and a source that says it is not known ("the flavour was not
 * mentioned") is the honest reply.
 */
import { MONTHS } from '../time/lexicon.js';
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

/** "Scheduled for March 20 to 22", "from 3 to 5 June": a span of days gives the length of what it dates. */
const MONTH = String.raw`(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\.?`;
const DAY_SPAN = new RegExp(String.raw`\b${MONTH}\s+\d{1,2}\s*(?:-|–|—|to|until|till|through|thru)\s*(?:${MONTH}\s+)?\d{1,2}\b|\b\d{1,2}\s*(?:-|–|—|to|until|till|through)\s*\d{1,2}\s+${MONTH}`, 'i');

/** "What time did the summit begin": a time of day ("at 11:07 Moscow time", "at 3 p.m.", "at noon"). */
const WHAT_TIME = /^\s*(?:at\s+)?what\s+time\b/i;
const TIME_OF_DAY = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b\d{1,2}(?:[:.][0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:noon|midnight)\b|\b\d{1,2}\s+o['’]clock\b/i;

/**
 * "How much was trade", "how much gas": an amount, a number with a currency, a magnitude or a unit ("1.7 trillion yuan",
 * "$237 billion", "38 billion cubic metres"). "How much did trade grow" is answered by a share as well ("grew 2.9%").
 */
const HOW_MUCH = /^\s*how\s+much\b/i;
const AMOUNT = /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion|mln|bln|bn|yuan|dollars?|euros?|roubles?|rubles?|rupees?|yen|pounds?|tonnes?|tons?|barrels?|cubic\s+met(?:re|er)s?|kilomet(?:re|er)s?|km|megawatts?|gigawatts?)\b/i;
const SHARE = /\b\d[\d,.]*\s*(?:%|per\s*cent\b|percent\b)/i;
const CHANGE = /\b(?:grow|grew|grown|rise|rose|risen|increase[ds]?|fall|fell|fallen|drop(?:ped)?|decline[ds]?|shr[iu]nk|shrank|jump(?:ed)?|climb(?:ed)?|gain(?:ed)?|lose|lost|change[ds]?)\b/i;

export interface AskedFor {
  readonly kind: 'attribute' | 'count' | 'duration' | 'time' | 'amount' | 'change';
  /** The noun as asked, and its stem. */
  readonly word: string;
  readonly stem: string;
}

export function askedFor(question: string): AskedFor | null {
  if (HOW_LONG.test(question)) return { kind: 'duration', word: 'long', stem: 'long' };
  if (WHAT_TIME.test(question)) return { kind: 'time', word: 'time', stem: 'time' };
  if (HOW_MUCH.test(question)) return CHANGE.test(question) ? { kind: 'change', word: 'much', stem: 'much' } : { kind: 'amount', word: 'much', stem: 'much' };
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
  if (asked.kind === 'duration') return DURATION.test(text) || DAY_SPAN.test(text);
  if (asked.kind === 'time') return TIME_OF_DAY.test(text);
  if (asked.kind === 'amount') return AMOUNT.test(text);
  if (asked.kind === 'change') return SHARE.test(text) || AMOUNT.test(text);
  const words = wordsOf(text);
  const number = new RegExp(`^${NUMBER}$`, 'i');
  return words.some((w, i) => stem(w) === asked.stem && words.slice(Math.max(0, i - 4), i).some((n) => number.test(n) && !/^\d{4}$/.test(n)));
}

/** A sentence of the article that says the thing asked for is not known ("the flavour was not mentioned"). */
export function saysNotGiven(asked: AskedFor, article: Article): string | null {
  return article.sentences.find((s) => NOT_GIVEN.test(s.text) && hasStem(s.text, asked.stem))?.text ?? null;
}

const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\p{L}+teenth|\p{L}+ieth|hundredth|thousandth)$/iu;
const ARTICLE_OR_POSSESSIVE = /^(?:the|a|an|this|that|its|their|his|her)$/i;

/**
 * "Which anniversary": whether `text` says which one: an ordinal or a number just before the noun ("the 75th
 * anniversary"), or a capitalised word inside the sentence ("the Friendship Medal").
 */
export function qualifies(asked: AskedFor, text: string): boolean {
  if (asked.kind !== 'attribute') return gives(asked, text);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((w, i) => {
    if (i === 0 || stem(w.toLowerCase()) !== asked.stem) return false;
    return words.slice(Math.max(1, i - 2), i).some((before) => !ARTICLE_OR_POSSESSIVE.test(before)
      && (ORDINAL.test(before) || (/^\d/.test(before) && !/^\d{4}$/.test(before)) || /^\p{Lu}/u.test(before)));
  });
}
