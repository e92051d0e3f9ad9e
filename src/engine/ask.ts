/**
 * `ask`: a question in plain English → an answer from the events first, then from the best sentences, always dated at
 * its true precision and cited — or an honest "I don't know" with the closest matches.
 */
import type { DatedEvent, IsoDate } from '../domain.js';
import { problem, type Answer, type AnswerItem } from '../answer/answer.js';
import { formatDate, formatDateInSentence, precisionOf } from '../answer/format-date.js';
import { findPeople } from '../events/people.js';
import { citationFor, type Corpus, type CorpusSentence } from './corpus.js';
import { overlaps, rangeOf } from './date-range.js';
import { eventItem } from './event-items.js';
import { askOnThisDay } from './ask-on-this-day.js';
import { onThisDay } from './on-this-day.js';
import { parseSearchQuery, type SearchQuery } from './parse-search-query.js';
import { findMonthDay, findQuestionDate, type QuestionDate } from './question-date.js';
import { tokenize } from './tokenize.js';

export const MAX_QUESTION_LENGTH = 300;
/** Hits read from the index per question: enough to find the events behind the top sentences, bounded for speed. */
const CANDIDATE_HITS = 60;
/** Share of the question's topic words an event must cover to be the answer rather than a "closest match". */
const MIN_EVENT_COVERAGE = 0.5;
const MIN_SENTENCE_COVERAGE = 0.5;
const MIN_SENTENCE_COVERAGE_OTHER = 0.75;

export type QuestionIntent = 'when' | 'where' | 'who' | 'who-is' | 'said' | 'count' | 'yes-no' | 'on-this-day' | 'what';

const INTENT_PATTERNS = [
  ['on-this-day', /\bon this day\b|\btoday in history\b|\bthis day in\b/i],
  ['count', /^how (?:many|often)\b|\bhow many times\b|\bnumber of (?:times|meetings|visits)\b/i],
  ['said', /\b(?:say|said|says|tell|told|write|wrote|think|thinks|thought|stance|position|view|views|remarks?|comments?)\b.*\b(?:about|on|of|regarding)\b|^what did .+ (?:say|tell|write|think)\b/i],
  ['who-is', /^[Ww]ho (?:is|was|are|were)\s+(?!the\b|behind\b|in charge\b)\p{Lu}/u],
  ['when', /^(?:when|what (?:date|day|year|month|time)|which (?:date|day|year|month)|since when|on what date)\b/i],
  ['where', /^where\b|\bin which (?:city|country|place)\b/i],
  ['who', /^who(?:m)?\b|\bwhich (?:leaders?|people|officials?|persons?)\b/i],
  ['yes-no', /^(?:did|has|have|had|was|were|is|are|does|do|will|would|could|can)\b/i],
] as const satisfies readonly (readonly [QuestionIntent, RegExp])[];

export function detectIntent(question: string): QuestionIntent {
  for (const [intent, pattern] of INTENT_PATTERNS) if (pattern.test(question)) return intent;
  return 'what';
}

/** Words that shape a question but name no topic; dropping them keeps "ever", "time", "happen" from ranking sentences. */
const QUESTION_SCAFFOLD = /\b(?:when|where|who|whom|what|which|why|how|many|much|often|did|does|do|has|have|had|was|were|is|are|ever|times?|date|day|year|month|happen(?:ed|s)?|tell me|show me|please|about|say|said|says|think|thinks|thought|the articles?)\b/gi;
const COUNT_PHRASE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many)\s+(?:times|meetings|visits|occasions|summits)\b/i;
/** "The two leaders have met 40 times": a sentence about both people asked about, without naming them. */
const GROUP_REFERENCE = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state)\b/i;
const SPEECH_VERB = /\b(?:said|says|say|told|tells|stressed|noted|wrote|writes|added|warned|urged|called|described|expressed|pointed out|according to|quoted)\b/i;

/**
 * Question words mapped to the words news uses for the same act, so "when is Putin going to Beijing" meets "Putin's visit
 * to Beijing". Written as plain words and stemmed once here, so every inflection the stemmer leaves apart is listed.
 */
const SYNONYM_WORDS = [
  [['go', 'going', 'went', 'travel', 'travelling', 'traveling', 'trip', 'fly', 'flew', 'head', 'heading', 'tour'], 'visit'],
  [['phone', 'phoned', 'telephone', 'telephoned', 'ring', 'rang'], 'call'],
  [['speak', 'spoke', 'discuss', 'discussed', 'negotiate', 'negotiated'], 'talks'],
  [['agree', 'agreed'], 'agreement'],
] as const satisfies readonly (readonly [readonly string[], string])[];

const QUESTION_SYNONYMS: ReadonlyMap<string, string> = new Map(
  SYNONYM_WORDS.flatMap(([words, target]) => words.flatMap((word) => tokenize(word).map((stem) => [stem, tokenize(target)[0] ?? target] as const))),
);

type DateConstraint = Extract<QuestionDate, { kind: 'range' }>;

/** "What happened on 06-15?": a question about a month and day, with no year, is an on-this-day question. */
const HAPPENED_ON = /^(?:so\s+|and\s+)?what\s+(?:happened|happens|took place|occurred|went on|was going on)\b/i;

interface ScoredEvent {
  readonly event: DatedEvent;
  readonly coverage: number;
  readonly score: number;
}

const eventTermCache = new WeakMap<DatedEvent, ReadonlySet<string>>();
function eventTerms(event: DatedEvent): ReadonlySet<string> {
  let terms = eventTermCache.get(event);
  if (!terms) {
    // Source headlines situate an event ("… at Samarkand talks") even when its sentence names no place.
    const headlines = [...new Set(event.sources.map((s) => s.title))];
    terms = new Set(tokenize([event.title, event.place ?? '', event.participants.join(' '), ...headlines, ...event.sources.map((s) => s.quote)].join(' ')));
    eventTermCache.set(event, terms);
  }
  return terms;
}

/** A topic word is covered by itself or by the word news uses for the same act ("discuss" by "talks"). */
const covers = (terms: ReadonlySet<string>, word: string): boolean => {
  const synonym = QUESTION_SYNONYMS.get(word);
  return terms.has(word) || (synonym !== undefined && terms.has(synonym));
};

const coverageOf = (topic: readonly string[], terms: ReadonlySet<string>): number =>
  topic.length === 0 ? 1 : topic.filter((t) => covers(terms, t)).length / topic.length;

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
function mentionsPerson(event: DatedEvent, person: string): boolean {
  if (event.participants.includes(person) || namesPerson(event.title, person)) return true;
  // With participants known, a name elsewhere in the sentence is a bystander ("… before meeting Xi and Putin").
  return event.participants.length === 0 && event.sources.some((s) => namesPerson(s.quote, person));
}

/** Capitalised words after the first word: in a question these name places, organisations or people. */
function capitalisedWords(text: string): string[] {
  const words = text.trim().split(/\s+/);
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}+$/u.test(w.replace(/[^\p{L}]/gu, '')) || /^\p{Lu}{2,}$/u.test(w));
}

/** "When is Putin going to Beijing?", "will they meet": the asker wants an occasion that was announced in advance. */
const FUTURE_QUESTION = /\b(?:will|shall|going to|is (?:set|due|expected|scheduled|planning) to|are (?:set|due|expected|scheduled|planning) to|plans? to|upcoming|next)\b/i;

interface Understood {
  readonly intent: QuestionIntent;
  readonly future: boolean;
  readonly people: readonly string[];
  readonly date: DateConstraint | null;
  /** A month and day with no year, in an on-this-day question. */
  readonly monthDay: string | null;
  readonly query: SearchQuery | null;
  /** Topic stems after spelling correction: what an answer must be about. */
  readonly topic: readonly string[];
  /** Stems of capitalised topic words (places, organisations, names): an answer that lacks one is about something else. */
  readonly entities: readonly string[];
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
}

function understand(corpus: Corpus, question: string, today: IsoDate): Understood {
  const detected = detectIntent(question);
  const intent = detected === 'what' && HAPPENED_ON.test(question) && findMonthDay(question) ? 'on-this-day' : detected;
  const asked = findQuestionDate(question, today, intent === 'on-this-day');
  const date = asked?.kind === 'range' ? asked : null;
  const monthDay = asked?.kind === 'month-day' ? asked.monthDay : null;
  const withoutDate = asked ? question.replace(asked.text, ' ') : question;
  const topicText = withoutDate.replace(QUESTION_SCAFFOLD, ' ').replace(/[?!.]+/g, ' ');
  const parsed = parseSearchQuery(topicText);
  const query = parsed.ok ? parsed.value : null;
  const corrections = query ? corpus.index.search(query, { limit: 1 }).corrections : [];
  // Corrected words keep the asker's capitals, so "Puttin" becomes "Putin" and is recognised as a person.
  const correct = (text: string): string => corrections.reduce((t, c) => t.replace(
    new RegExp(`\\b${c.from.replace(/[^\p{L}\p{N}]/gu, '')}\\b`, 'iu'),
    (word) => (/^\p{Lu}/u.test(word) ? c.to.charAt(0).toUpperCase() + c.to.slice(1) : c.to),
  ), text);
  const corrected = correct(topicText);
  const found = [...new Set(findPeople(correct(question)).map((p) => p.name))];
  // "who is Zhao Lijian": the name is the whole rest of the question, titled or not.
  const named = intent === 'who-is' ? question.replace(/^who\s+(?:is|was|are|were)\s+/i, '').replace(/[?.!\s]+$/, '') : '';
  const people = found.length === 0 && named.length > 0 && named.length <= 60 ? [named] : found;
  const personStems = new Set(tokenize(people.join(' ')));
  const topic = [...new Set(tokenize(corrected))].filter((t) => !personStems.has(t));
  const entities = capitalisedWords(topicText).flatMap((word) => tokenize(word)).filter((t) => topic.includes(t));
  return { intent, future: FUTURE_QUESTION.test(question), people, date, monthDay, query, topic, entities, corrections };
}

function rankEvents(corpus: Corpus, q: Understood): ScoredEvent[] {
  const candidates = new Map<DatedEvent, number>();
  if (q.query) {
    const { hits } = corpus.index.search(q.query, { limit: CANDIDATE_HITS });
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) {
      const related = hit.id.startsWith('event:') ? [corpus.findEvent(hit.id.slice(6))].filter((e): e is DatedEvent => e !== undefined) : corpus.eventsOfSentence(hit.id);
      for (const event of related) candidates.set(event, Math.max(candidates.get(event) ?? 0, hit.score / top));
    }
  }
  // A question that names only people and a date ("what did Xi and Putin do in March 2023?") still has answers.
  if (q.topic.length === 0 && (q.date || q.people.length > 0)) for (const event of corpus.events) if (!candidates.has(event)) candidates.set(event, 0);
  const scored: ScoredEvent[] = [];
  for (const [event, hitScore] of candidates) {
    if (q.date) {
      const span = rangeOf(event.date);
      if (!span || !overlaps(span, q.date.range)) continue;
    }
    if (!q.people.every((person) => mentionsPerson(event, person))) continue;
    const terms = eventTerms(event);
    if (!q.entities.every((entity) => terms.has(entity))) continue;
    const coverage = coverageOf(q.topic, terms);
    // The title names the event's own action and place; a question matching it is about this event, not one it mentions.
    const titleCoverage = coverageOf(q.topic, new Set(tokenize(`${event.title} ${event.place ?? ''}`)));
    const bothPrincipalsAsked = q.people.length >= 2;
    const salience = Math.min(0.1, 0.03 * (event.sources.length - 1));
    // An event whose own sentences name the people asked about beats one where they take part only implicitly (a host).
    const named = q.people.filter((person) => event.sources.some((s) => namesPerson(s.quote, person))).length;
    const explicitness = 0.1 * named;
    // Reported before it happened: a source published before the event's first day.
    const announced = q.future && event.sources.some((s) => s.published !== null && s.published < (rangeOf(event.date)?.start ?? event.date));
    const score = coverage + 0.3 * titleCoverage + 0.25 * hitScore + salience + explicitness + (announced ? 0.2 : 0) + (event.central ? 0.05 : 0) + (bothPrincipalsAsked && event.central ? 0.1 : 0);
    scored.push({ event, coverage, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.event.date.localeCompare(b.event.date) || a.event.id.localeCompare(b.event.id));
}

interface ScoredSentence {
  readonly sentence: CorpusSentence;
  readonly coverage: number;
  readonly score: number;
}

function rankSentences(corpus: Corpus, q: Understood): ScoredSentence[] {
  if (!q.query) return [];
  const { hits } = corpus.index.search(q.query, { limit: CANDIDATE_HITS, filter: (id) => !id.startsWith('event:') });
  const top = hits[0]?.score ?? 1;
  const scored: ScoredSentence[] = [];
  for (const hit of hits) {
    const sentence = corpus.sentences.get(hit.id);
    if (!sentence) continue;
    const published = sentence.article.published;
    if (q.date && published) {
      // A sentence's own dates are not indexed; the article date bounds what it can report.
      const span = rangeOf(published);
      if (span && span.end < q.date.range.start) continue;
    }
    const groupReference = q.people.length >= 2 && GROUP_REFERENCE.test(sentence.text);
    const mentioned = groupReference ? q.people.length : q.people.filter((person) => namesPerson(sentence.text, person)).length;
    if (q.people.length > 0 && mentioned === 0) continue;
    const terms = new Set(tokenize(`${sentence.text} ${sentence.article.title}`));
    if (!q.entities.every((entity) => terms.has(entity))) continue;
    const coverage = coverageOf(q.topic, terms);
    // "who is X": a sentence giving X's full name (usually with a title before it) describes X best.
    const fullNameBonus = q.intent === 'who-is' && q.people.some((person) => sentence.text.includes(person)) ? 0.5 : 0;
    const intentBonus = (q.intent === 'count' && COUNT_PHRASE.test(sentence.text) ? 0.6 : 0) + (q.intent === 'said' && SPEECH_VERB.test(sentence.text) ? 0.3 : 0) + fullNameBonus;
    scored.push({ sentence, coverage, score: coverage + 0.3 * (hit.score / top) + intentBonus + 0.1 * (mentioned / Math.max(1, q.people.length)) });
  }
  return scored.sort((a, b) => b.score - a.score || a.sentence.key.localeCompare(b.sentence.key));
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function describeWhen(event: DatedEvent): string {
  const until = event.endDate && event.endDate !== event.date ? ` (until ${formatDate(event.endDate)})` : '';
  return `${capitalize(formatDateInSentence(event.date))}${until}`;
}

function eventAnswerText(intent: QuestionIntent, event: DatedEvent): string {
  switch (intent) {
    case 'where':
      return event.place ? `In ${event.place}, ${formatDateInSentence(event.date)}: ${event.title}.` : `The articles don't name a place. ${describeWhen(event)}: ${event.title}.`;
    case 'who':
      return `${event.participants.length > 0 ? event.participants.join(', ') : 'The articles name no one'} — ${event.title}, ${formatDateInSentence(event.date)}.`;
    case 'yes-no':
      return `Yes. ${describeWhen(event)}: ${event.title}.`;
    default:
      return `${describeWhen(event)}: ${event.title}.`;
  }
}

/**
 * When a quoted sentence happened: its own first calendar date ("said on Monday" → that Monday), else the article's date.
 * Durations and vague references never date a sentence.
 */
function sentenceDate(corpus: Corpus, sentence: CorpusSentence): string | null {
  const own = corpus.timexes.get(sentence.article.id)?.find((t) => t.sentenceIndex === sentence.index && (t.type === 'DATE' || t.type === 'TIME') && rangeOf(t.value.slice(0, 10)) !== null);
  return own ? own.value.slice(0, 10) : sentence.article.published;
}

function sentenceItem(corpus: Corpus, scored: ScoredSentence): AnswerItem {
  const { article } = scored.sentence;
  const date = sentenceDate(corpus, scored.sentence);
  const precision = date ? precisionOf(date) : null;
  return {
    ...(date ? { date } : {}),
    ...(precision ? { precision } : {}),
    title: article.title,
    detail: `from ${article.outlet ?? article.file}${article.published ? `, published ${formatDate(article.published)}` : ''}`,
    citations: [citationFor(article, scored.sentence.text)],
    ref: { kind: 'article', id: article.id },
  };
}

export function ask(corpus: Corpus, rawQuestion: string, context: { readonly today: IsoDate }): Answer {
  const question = rawQuestion.trim();
  if (question.length > MAX_QUESTION_LENGTH) {
    return problem('bad-query', `That question is ${question.length} characters long; I read questions of up to ${MAX_QUESTION_LENGTH}. Try the key words, or search "<words>".`, ['help']);
  }
  const q = understand(corpus, question, context.today);
  if (q.intent === 'on-this-day' && q.monthDay) return askOnThisDay(corpus, q.monthDay, context.today);
  if (q.intent === 'on-this-day' && !q.date) return onThisDay(corpus, { today: context.today });
  const notice = q.corrections.length > 0 ? `Reading ${q.corrections.map((c) => `“${c.from}” as “${c.to}”`).join(', ')}.` : undefined;
  const base = { kind: 'ask' as const, followUps: [] as string[], ...(notice ? { notice } : {}) };

  const events = rankEvents(corpus, q);
  const sentences = rankSentences(corpus, q);
  const bestEvent = events[0];
  const eventFits = bestEvent !== undefined && bestEvent.coverage >= MIN_EVENT_COVERAGE && (q.topic.length > 0 || q.people.length > 0 || q.date !== null);
  const preferSentences = q.intent === 'said' || q.intent === 'count' || q.intent === 'who-is';
  const bestSentence = sentences[0];
  // A quoted sentence answers "what did X say" with half the topic; any other question needs most of it.
  const sentenceFits = bestSentence !== undefined && bestSentence.coverage >= (preferSentences ? MIN_SENTENCE_COVERAGE : MIN_SENTENCE_COVERAGE_OTHER);

  if (eventFits && !(preferSentences && sentenceFits)) {
    const shown = events.filter((e) => e.coverage >= MIN_EVENT_COVERAGE).slice(0, 3).map((e) => e.event);
    const top = shown[0]!;
    const answer = eventAnswerText(q.intent, top);
    return {
      ...base,
      headline: answer,
      items: shown.map((event) => eventItem(event)),
      followUps: [`event ${top.id}`, ...(top.precision === 'day' ? [`today ${top.date.slice(5)}`] : []), `timeline ${top.date.slice(0, 4)}`],
      data: { answer, date: top.date, events: shown, citations: top.sources },
    };
  }
  if (sentenceFits) {
    const shown = sentences.filter((s) => s.coverage >= MIN_SENTENCE_COVERAGE).slice(0, 3);
    const top = shown[0]!;
    const { article } = top.sentence;
    // A count or a description is true as of the report ("have met 36 times since 2013"), so it is dated by its article, not by "since".
    const date = q.intent === 'count' || q.intent === 'who-is' ? article.published : sentenceDate(corpus, top.sentence);
    const asOfReport = q.intent === 'count' || q.intent === 'who-is';
    const when = date ? (asOfReport ? `As of ${formatDate(date)}, according to ` : `${capitalize(formatDateInSentence(date))}, according to `) : 'According to ';
    const published = article.published && article.published !== date ? ` (published ${formatDate(article.published)})` : '';
    const answer = `${when}${article.outlet ?? article.file}${published}: “${top.sentence.text}”`;
    const related = [...new Set(shown.flatMap((s) => corpus.eventsOfSentence(s.sentence.key)))].slice(0, 3);
    return {
      ...base,
      headline: answer,
      items: shown.map((scoredSentence) => sentenceItem(corpus, scoredSentence)),
      followUps: related.map((e) => `event ${e.id}`),
      data: { answer, ...(date ? { date } : {}), events: related, citations: shown.map((s) => citationFor(s.sentence.article, s.sentence.text)) },
    };
  }
  // Nothing fits: show the sentences nearest the topic, even those that do not name the people asked about.
  const closest = (sentences.length > 0 ? sentences : rankSentences(corpus, { ...q, people: [] })).slice(0, 3);
  const unknown = q.intent === 'yes-no'
    ? "I don't know: the articles I have don't say so."
    : "I don't know: the articles I have don't answer that.";
  return {
    ...base,
    headline: closest.length > 0 ? `${unknown} The closest matches:` : `${unknown} Try search with other words, or timeline all.`,
    items: closest.map((scoredSentence) => sentenceItem(corpus, scoredSentence)),
    followUps: ['timeline all', 'help'],
    data: { answer: unknown, events: [], citations: closest.map((s) => citationFor(s.sentence.article, s.sentence.text)) },
  };
}
