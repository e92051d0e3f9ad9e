/**
 * Question → what it asks: the intent, the people, the date, the topic words an answer must cover, and the capitalised
 * names that situate it.
 */
import type { IsoDate } from '../domain.js';
import { findPeople, PRINCIPALS } from '../events/people.js';
import { findPlacesInQuestion } from '../geo/question-places.js';
import type { Corpus } from './corpus.js';
import { sameCountryStems } from './country-words.js';
import { parseSearchQuery, type SearchQuery } from './parse-search-query.js';
import { findMonthDay, findQuestionDate, normalizeMonths, type QuestionDate } from './question-date.js';
import { editDistance } from './search-index.js';
import { tokenize } from './tokenize.js';

export type QuestionIntent = 'when' | 'where' | 'who' | 'who-is' | 'said' | 'count' | 'yes-no' | 'on-this-day' | 'what';

const INTENT_PATTERNS = [
  ['on-this-day', /\bon this day\b|\btoday in history\b|\bthis day in\b/i],
  ['count', /^how (?:many|often)\b|\bhow many times\b|\bnumber of (?:times|meetings|visits)\b/i],
  ['said', /\b(?:say|said|says|tell|told|write|wrote|think|thinks|thought|stance|position|view|views|remarks?|comments?)\b.*\b(?:about|on|of|regarding)\b|^what did .+ (?:say|tell|write|think)\b/i],
  ['who-is', /^[Ww]ho (?:is|was|are|were)\s+(?!the\b|behind\b|in charge\b)\p{Lu}/u],
  ['when', /^(?:when|what (?:date|day|year|month|time)|which (?:date|day|year|month)|since when|on what date)\b/i],
  ['where', /^where\b|\bin which (?:city|country|place)\b/i],
  ['who', /^who(?:m)?\b|\bwhich\s+(?:[\p{L}-]+\s+){0,3}?(?:leaders?|people|officials?|persons?|ministers?|presidents?|diplomats?|envoys?)\b/iu],
  ['yes-no', /^(?:did|has|have|had|was|were|is|are|does|do|will|would|could|can)\b/i],
] as const satisfies readonly (readonly [QuestionIntent, RegExp])[];

export function detectIntent(question: string): QuestionIntent {
  for (const [intent, pattern] of INTENT_PATTERNS) if (pattern.test(question)) return intent;
  return 'what';
}

/** Words that shape a question but name no topic; dropping them keeps "ever", "time", "happen" from ranking sentences. */
const QUESTION_SCAFFOLD = /\baccording to (?:these|the|your|my|our)?\s*(?:articles?|sources?|reports?|texts?)\b|\b(?:last|latest|most recent|monday|tuesday|wednesday|thursday|friday|saturday|sunday|when|where|who|whom|what|which|why|how|many|much|often|did|does|do|has|have|had|was|were|is|are|ever|times?|date|day|year|month|happen(?:ed|s)?|tell me|show me|please|about|say|said|says|write|wrote|written|think|thinks|thought|anything|something|each other|one another|the articles?)\b/gi;
/**
 * Question words mapped to the words news uses for the same act, so "when is Putin going to Beijing" meets "Putin's visit
 * to Beijing". Written as plain words and stemmed once here, so every inflection the stemmer leaves apart is listed.
 */
const SYNONYM_WORDS = [
  [['go', 'going', 'went', 'travel', 'travelling', 'traveling', 'trip', 'fly', 'flew', 'head', 'heading', 'tour'], ['visit']],
  [['phone', 'phoned', 'telephone', 'telephoned', 'ring', 'rang'], ['call']],
  // Leaders who "talk" may hold talks, a call or a conversation: news names the act by its form.
  [['talk', 'speak', 'spoke', 'discuss', 'discussed', 'negotiate', 'negotiated', 'chat', 'chatted'], ['talks', 'call', 'conversation']],
  // Leaders "meet" at talks and summits as often as at a "meeting".
  [['meet', 'meeting', 'met'], ['talks', 'summit']],
  [['agree', 'agreed'], ['agreement']],
] as const satisfies readonly (readonly [readonly string[], readonly string[]])[];

const stemOf = (word: string): string => tokenize(word)[0] ?? word;
const QUESTION_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  SYNONYM_WORDS.flatMap(([words, targets]) => words.flatMap((word) => tokenize(word).map((stem) =>
    [stem, targets.map(stemOf).filter((target) => target !== stem)] as const))),
);

export type DateConstraint = Extract<QuestionDate, { kind: 'range' }>;

/** "What happened on 06-15?": a question about a month and day, with no year, is an on-this-day question. */
const HAPPENED_ON = /^(?:so\s+|and\s+)?what\s+(?:happened|happens|took place|occurred|went on|was going on)\b/i;

/**
 * A topic word is covered by itself, by the word news uses for the same act ("discuss" by "talks"), and a country by its
 * people's adjective or the reverse ("China's position" by "our Chinese friends").
 */
export const covers = (terms: ReadonlySet<string>, word: string): boolean => {
  return terms.has(word) || (QUESTION_SYNONYMS.get(word)?.some((synonym) => terms.has(synonym)) ?? false)
    || (demonymBase(word) !== null && terms.has(demonymBase(word) ?? '')) || sameCountryStems(word).some((kin) => terms.has(kin));
};

const ACTION_STEMS: ReadonlySet<string> = new Set([...QUESTION_SYNONYMS.keys(), ...[...QUESTION_SYNONYMS.values()].flat(), ...tokenize('meet meeting met sign signed')]);
/**
 * A word naming the act itself (call, visit, talks, meet, sign): an event must say it in its own words. A sentence near
 * its source may report another act ("Putin called him a friend" beside a signing is no phone call).
 */
export const isActionWord = (word: string): boolean => ACTION_STEMS.has(word);

/** The words news uses for the act a question word names ("talk" → talks, call, conversation); none for other words. */
export const synonymsOf = (word: string): readonly string[] => QUESTION_SYNONYMS.get(word) ?? [];

/** The terms that cover a topic word: itself, the word news uses for the same act, its country's name or adjective. */
export const coveringTerms = (word: string): string[] => {
  const base = demonymBase(word);
  return [word, ...(QUESTION_SYNONYMS.get(word) ?? []), ...(base !== null ? [base] : []), ...sameCountryStems(word)];
};

/** "korean" → "korea", "russian" → "russia": a people's adjective is covered by its country's name. */
export const demonymBase = (word: string): string | null => (word.length >= 6 && /[aeiou]an$/.test(word) ? word.slice(0, -1) : null);

export const coverageOf = (topic: readonly string[], terms: ReadonlySet<string>): number =>
  topic.length === 0 ? 1 : topic.filter((t) => covers(terms, t)).length / topic.length;

/** Capitalised words after the first word: in a question these name places, organisations or people. */
function capitalisedWords(text: string): string[] {
  const words = text.trim().split(/\s+/);
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w.replace(/[^\p{L}]/gu, '')) || /^\p{Lu}{2,}$/u.test(w));
}

/** Typed questions write the principals in lower case ("where did putin n xi meet"); people search needs capitals. */
const PRINCIPAL_WORD = new RegExp(`\\b(?:${PRINCIPALS.flatMap((p) => p.name.split(' ')).join('|')})\\b`, 'gi');
const PRINCIPAL_PARTS = PRINCIPALS.flatMap((p) => p.name.split(' ')).filter((part) => part.length >= 5);
/** A principal's name one letter off ("putn", "Puttin", "jinpin") is that name: the speller skips words under five letters. */
const respellPrincipal = (word: string): string => {
  if (word.length < 4 || /\P{L}/u.test(word)) return word;
  const part = PRINCIPAL_PARTS.find((p) => editDistance(word.toLowerCase(), p.toLowerCase(), 1) <= 1);
  return part ?? word;
};
const capitalisePrincipals = (text: string): string =>
  text.replace(/\p{L}+/gu, respellPrincipal).replace(PRINCIPAL_WORD, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());

/** A question's first word typed one letter off ("wen did", "wher was", "hwo many") is the question word. */
const QUESTION_WORDS = ['when', 'where', 'what', 'which', 'who', 'how'] as const;
const KNOWN_FIRST = /^(?:when|where|what|which|who|whom|whose|why|how|did|do|does|has|have|had|was|were|is|are|will|would|could|can|on|in|so|and|the|a|an|tell|show|list|give|please)$/i;
export function respellQuestionWord(question: string): string {
  const first = /^\s*(\p{L}{3,5})\b/u.exec(question)?.[1];
  if (!first || KNOWN_FIRST.test(first)) return question;
  const typed = first.toLowerCase();
  const prefix = (w: string): number => [...w].findIndex((c, i) => typed[i] !== c) >>> 0;
  // Among words one edit away, the one sharing the longest start: "wher" is "where", not "when".
  const word = QUESTION_WORDS.filter((w) => editDistance(typed, w, 1) <= 1 && typed.length >= w.length - 1)
    .sort((a, b) => prefix(b) - prefix(a))[0];
  return word ? question.replace(first, word) : question;
}

/** "When is Putin going to Beijing?", "will they meet": the asker wants an occasion that was announced in advance. */
const FUTURE_QUESTION = /\b(?:will|shall|going to|is (?:set|due|expected|scheduled|planning) to|are (?:set|due|expected|scheduled|planning) to|plans? to|upcoming|next)\b/i;

/** "…, according to the June 2025 call": where the asker read it, not what is asked; its date bounds the reports. */
const SOURCE_CLAUSE = /,?\s*\baccording to (?:the|a|an|their|his|her|its)\s+(?!(?:articles?|sources?|reports?|texts?)\b)[^?!.,;]+/i;
/** "When did they agree to meet": the asker wants the meeting agreed on, announced in advance, not the agreement's day. */
const AGREED_TO = /\b(?:agree[ds]?|plan(?:s|ned)?|promise[ds]?|decide[ds]?|pledge[ds]?|vow(?:s|ed)?)\s+to\b/i;

const THE_PAIR = /\b(?:they|them|their|the two (?:leaders|presidents|men|heads of state))\b/gi;

export interface Understood {
  /**
   * Places the question names, as written: cities ("in Moscow", "the Russian capital"), countries ("Tadjikistan"),
   * regions. An event known to be elsewhere does not answer it; one known to be there is the better answer.
   */
  readonly places: readonly string[];
  /** "When did they meet?", "the two leaders": no one is named, and a Xi–Putin knowledge base is asked about the pair. */
  readonly aboutThePair: boolean;
  /** The question as asked. */
  readonly raw: string;
  readonly intent: QuestionIntent;
  /** "When will Putin visit …": the asker wants an occasion announced in advance, or one still to come. */
  readonly future: boolean;
  /** The asker's day: with `future`, an occasion already over that no report announced is no answer. */
  readonly today: IsoDate;
  readonly people: readonly string[];
  readonly date: DateConstraint | null;
  /** "according to the June 2025 call": an answer must come from a report of that period. */
  readonly reported: DateConstraint | null;
  /** A month and day with no year, in an on-this-day question. */
  readonly monthDay: string | null;
  readonly query: SearchQuery | null;
  /** Topic stems after spelling correction: what an answer must be about. */
  readonly topic: readonly string[];
  /** Stems of capitalised topic words (places, organisations, names): an answer that lacks one is about something else. */
  readonly entities: readonly string[];
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
}

export function understand(corpus: Corpus, typed: string, today: IsoDate): Understood {
  const whole = normalizeMonths(respellQuestionWord(typed));
  const source = SOURCE_CLAUSE.exec(whole);
  const reportedIn = source ? findQuestionDate(source[0], today, false) : null;
  const question = source ? whole.replace(source[0], ' ') : whole;
  const detected = detectIntent(question);
  const intent = detected === 'what' && HAPPENED_ON.test(question) && findMonthDay(question) ? 'on-this-day' : detected;
  const asked = findQuestionDate(question, today, intent === 'on-this-day');
  const date = asked?.kind === 'range' ? asked : null;
  const reported = reportedIn?.kind === 'range' ? reportedIn : null;
  const monthDay = asked?.kind === 'month-day' ? asked.monthDay : null;
  const withoutDate = (asked ? question.replace(asked.text, ' ') : question).replace(AGREED_TO, ' ');
  const topicText = withoutDate.replace(QUESTION_SCAFFOLD, ' ').replace(THE_PAIR, ' ').replace(/[?!.]+/g, ' ');
  const parsed = parseSearchQuery(topicText);
  const query = parsed.ok ? parsed.value : null;
  const corrections = query ? corpus.index.search(query, { limit: 1 }).corrections : [];
  // Corrected words keep the asker's capitals, so "Puttin" becomes "Putin" and is recognised as a person.
  const correct = (text: string): string => corrections.reduce((t, c) => t.replace(
    new RegExp(`\\b${c.from.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu'),
    (word) => (/^\p{Lu}/u.test(word) ? c.to.charAt(0).toUpperCase() + c.to.slice(1) : c.to),
  ), text);
  const corrected = capitalisePrincipals(correct(topicText));
  const found = [...new Set(findPeople(capitalisePrincipals(correct(question))).map((p) => p.name))];
  // "who is Zhao Lijian": the name is the whole rest of the question, titled or not.
  const named = intent === 'who-is' ? question.replace(/^who\s+(?:is|was|are|were)\s+/i, '').replace(/[?.!\s]+$/, '') : '';
  const people = found.length === 0 && named.length > 0 && named.length <= 60 ? [named] : found;
  const personStems = new Set(tokenize(people.join(' ')));
  const topic = [...new Set(tokenize(corrected))].filter((t) => !personStems.has(t));
  // "Vladimir Putin" names a person, not the city of Vladimir.
  const nameParts = new Set(people.flatMap((p) => p.toLowerCase().split(' ')));
  const places = findPlacesInQuestion(correct(question)).filter((p) => !nameParts.has(p.text.toLowerCase())).map((p) => p.text);
  // A people's adjective ("South Korean leader") describes the answer rather than situating it: not a required name.
  // A place the question names by itself is no adjective, whatever its ending ("in Kazan", "Tehran", "Japan").
  const placeNames = new Set(places.map((p) => p.toLowerCase()));
  const adjective = (word: string): boolean => /(?:an|ese|ish)$/i.test(word) && !placeNames.has(word.toLowerCase());
  const entities = capitalisedWords(topicText).filter((word) => !adjective(word.replace(/[^\p{L}]/gu, '')) && !/^(?:South|North|East|West)$/.test(word))
    .flatMap((word) => tokenize(word)).filter((t) => topic.includes(t));
  const future = FUTURE_QUESTION.test(question) || AGREED_TO.test(question);
  const aboutThePair = people.length === 0 && new RegExp(THE_PAIR.source, 'i').test(question);
  return { places, aboutThePair, raw: typed, intent, future, today, people, date, reported, monthDay, query, topic, entities, corrections };
}

