/**
 * `ask`: a question in plain English → an answer from the events first, then from the best sentences, always dated at
 * its true precision and cited — or an honest "I don't know" with the closest matches.
 */
import type { Citation, DatedEvent, IsoDate } from '../domain.js';
import { problem, type Answer, type AnswerItem } from '../answer/answer.js';
import { formatDate, formatDateInSentence, precisionOf } from '../answer/format-date.js';
import { askAggregate, isAggregate } from './ask-aggregate.js';
import { askedFor, gives, qualifies, saysNotGiven, type AskedFor } from './asked-for.js';
import { withGiverNearby } from './asked-nearby.js';
import { askOnThisDay } from './ask-on-this-day.js';
import { askSpeaker, asksForSpeaker } from './ask-speaker.js';
import { asksWhenReported, reportDate, withoutReportingVerb } from './report-date.js';
import { citationFor, type Corpus } from './corpus.js';
import { eventItem } from './event-items.js';
import { placeCitations, placeOfOccasion } from './place-from-other-reports.js';
import { onThisDay } from './on-this-day.js';
import { laterParts, withLaterParts } from './question-parts.js';
import { eventOwnTerms, rankEvents, type ScoredEvent } from './rank-events.js';
import { referredCitations } from './referred-occasion.js';
import { isVoicedBy, ownDate, rankSentences, sentenceDate, type ScoredSentence } from './rank-sentences.js';
import { askedSpeakers } from './speaker.js';
import { tokenize } from './tokenize.js';
import { covers, understand, type Understood } from './understand-question.js';
import { namesInSentence, otherParticipants } from './who-else.js';

export { detectIntent, type QuestionIntent } from './understand-question.js';
export { namesPerson } from './rank-events.js';

export const MAX_QUESTION_LENGTH = 300;
/** Share of the question's topic words an event must cover to be the answer rather than a "closest match". */
const MIN_EVENT_COVERAGE = 0.5;
const MIN_SENTENCE_COVERAGE = 0.5;
const MIN_SENTENCE_COVERAGE_OTHER = 0.75;

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function describeWhen(event: DatedEvent): string {
  const until = event.endDate && event.endDate !== event.date ? ` (until ${formatDate(event.endDate)})` : '';
  // "this week", "in June": the reports give no day, and the answer says so rather than look more precise than it is.
  const coarse = event.precision === 'week' || event.precision === 'month' ? ' (the articles give no exact day)' : '';
  return `${capitalize(formatDateInSentence(event.date))}${until}${coarse}`;
}

function eventAnswerText(corpus: Corpus, q: Understood, event: DatedEvent): string {
  switch (q.intent) {
    case 'where': {
      const place = placeOfOccasion(corpus, event);
      return place ? `${place.venue ? 'At' : 'In'} ${place.label}, ${formatDateInSentence(event.date)}: ${event.title}.` : `The articles don't name a place. ${describeWhen(event)}: ${event.title}.`;
    }
    case 'who': {
      // "Who met Putin?" is never answered "Putin": the others who took part, or the names its sources give.
      const others = otherParticipants(event, q.people);
      const named = others.length > 0 ? others.join(', ') : q.people.length > 0 ? 'The articles name no one else' : 'The articles name no one';
      return `${named} — ${event.title}, ${formatDateInSentence(event.date)}.`;
    }
    case 'yes-no':
      return `Yes. ${describeWhen(event)}: ${event.title}.`;
    default:
      return `${describeWhen(event)}: ${event.title}.`;
  }
}

/** "When did they sign it, and where?": the event answers the later part from its place. */
function laterPartsOfEvent(corpus: Corpus, q: Understood, event: DatedEvent): string {
  if (q.intent === 'where' || !laterParts(q.raw).includes('place')) return '';
  const place = placeOfOccasion(corpus, event);
  if (place && event.title.includes(place.name)) return '';
  return place ? ` ${place.venue ? 'At' : 'In'} ${place.label}.` : " The articles don't name a place.";
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
  let q = asksWhenReported(question)
    ? { ...understand(corpus, withoutReportingVerb(question), context.today), raw: question }
    : understand(corpus, question, context.today);
  if (q.intent === 'on-this-day' && q.monthDay) return askOnThisDay(corpus, q.monthDay, context.today);
  if (q.intent === 'on-this-day' && !q.date) return onThisDay(corpus, { today: context.today });
  if (isAggregate(q)) return askAggregate(corpus, q);
  const notice = q.corrections.length > 0 ? `Reading ${q.corrections.map((c) => `“${c.from}” as “${c.to}”`).join(', ')}.` : undefined;
  const base = { kind: 'ask' as const, followUps: [] as string[], ...(notice ? { notice } : {}) };

  let ranked = rankAll(corpus, q);
  // "the call that extended their 2001 treaty": a year that names a thing, not when it happened, may match nothing.
  if (!ranked.eventFits && !ranked.sentenceFits && q.date?.attributive) {
    q = { ...q, date: null };
    ranked = rankAll(corpus, q);
  }
  const { events, sentences, eventFits, sentenceFits, preferSentences } = ranked;
  // "What did Xi and Putin say …": an answer gives their words or stance, not someone else's words about them.
  if (q.intent === 'said' && q.people.length > 0 && !sentences.slice(0, 3).some((s) => s.coverage >= MIN_SENTENCE_COVERAGE && isVoicedBy(s.sentence, askedSpeakers(q.raw, q.people)))) {
    return unknownAnswer(corpus, q, sentences, base);
  }
  if (q.intent === 'who' && asksForSpeaker(q.raw)) {
    const spoken = askSpeaker(corpus, sentences, base);
    if (spoken) return spoken;
  }
  const asked = askedFor(q.raw);
  if (asked && (eventFits || sentenceFits)) {
    // "What flavour …", "how many people …": the answer must give it, and a source may say it is not known.
    const useEvent = eventFits && !(preferSentences && sentenceFits);
    const texts = useEvent ? (events[0]?.event.sources ?? []).map((c) => c.quote) : sentences.slice(0, 3).map((s) => s.sentence.text);
    const articles = useEvent
      ? (events[0]?.event.sources ?? []).flatMap((c) => corpus.findArticle(c.article) ?? [])
      : sentences.slice(0, 3).map((s) => s.sentence.article);
    for (const article of new Set(articles)) {
      const said = saysNotGiven(asked, article);
      if (said) return unknownAnswer(corpus, q, sentences, base, citationFor(article, said));
    }
    if (!texts.some((t) => gives(asked, t))) return unknownAnswer(corpus, q, sentences, base);
  }

  if (eventFits && !(preferSentences && sentenceFits)) {
    const shown = events.filter((e) => e.coverage >= MIN_EVENT_COVERAGE).slice(0, 3).map((e) => e.event);
    const top = shown[0]!;
    const answer = eventAnswerText(corpus, q, top) + laterPartsOfEvent(corpus, q, top);
    return {
      ...base,
      headline: answer,
      items: shown.map((event) => eventItem(event)),
      followUps: [`event ${top.id}`, ...(top.precision === 'day' ? [`today ${top.date.slice(5)}`] : []), `timeline ${top.date.slice(0, 4)}`],
      // A place taken from another report of the occasion is cited with its sources.
      // So is the sentence that told what a dated reference back ("The incident at …") only dates.
      data: { answer, date: top.date, events: shown, citations: [...top.sources, ...referredCitations(corpus, top), ...(q.intent === 'where' ? placeCitations(corpus, top) : [])] },
    };
  }
  if (sentenceFits) {
    // "…, and for how long?": a later part answered by another sentence of the report is shown too.
    const shown = withLaterParts(corpus, q.raw, sentences.filter((s) => s.coverage >= MIN_SENTENCE_COVERAGE).slice(0, 3), sentences, 3);
    const top = shown[0]!;
    const { article } = top.sentence;
    // A count or a description is true as of the report ("have met 36 times since 2013"), so it is dated by its article, not by "since".
    const reporting = q.intent === 'when' && asksWhenReported(q.raw);
    const date = q.intent === 'count' || q.intent === 'who-is' ? article.published : reporting ? reportDate(corpus, top.sentence) : sentenceDate(corpus, top.sentence);
    const asOfReport = q.intent === 'count' || q.intent === 'who-is';
    // "When did they publish the 2024 figure?": an undated report is said to be undated, not dated by its figure's year.
    const undated = reporting ? 'The report does not say when it was published. According to ' : 'According to ';
    const when = date ? (asOfReport ? `As of ${formatDate(date)}, according to ` : `${capitalize(formatDateInSentence(date))}, according to `) : undated;
    const published = article.published && article.published !== date ? ` (published ${formatDate(article.published)})` : '';
    // "Who …" answered by a sentence: the people it names besides those asked about come first.
    const named = q.intent === 'who' ? namesInSentence(top.sentence.text, q.people) : [];
    const said = `${when}${article.outlet ?? article.file}${published}: “${top.sentence.text}”`;
    const answer = named.length > 0 ? `${named.join(', ')} — ${said.charAt(0).toLowerCase()}${said.slice(1)}` : said;
    const related = [...new Set(shown.flatMap((s) => corpus.eventsOfSentence(s.sentence.key)))].slice(0, 3);
    return {
      ...base,
      headline: answer,
      items: shown.map((scoredSentence) => sentenceItem(corpus, scoredSentence)),
      followUps: related.map((e) => `event ${e.id}`),
      data: { answer, ...(date ? { date } : {}), events: related, citations: shown.map((s) => citationFor(s.sentence.article, s.sentence.text)) },
    };
  }
  return unknownAnswer(corpus, q, sentences, base);
}

function unknownAnswer(corpus: Corpus, q: Understood, sentences: readonly ScoredSentence[], base: { kind: 'ask'; followUps: string[]; notice?: string }, note?: Citation): Answer {
  // Nothing fits: show the sentences nearest the topic, even those that do not name the people asked about.
  const closest = (sentences.length > 0 ? sentences : rankSentences(corpus, { ...q, people: [] })).slice(0, 3);
  const unknown = note
    ? `I don't know: ${note.outlet ?? note.article} says “${note.quote}”`
    : q.intent === 'yes-no'
      ? "I don't know: the articles I have don't say so."
      : "I don't know: the articles I have don't answer that.";
  return {
    ...base,
    headline: closest.length > 0 ? `${unknown} The closest matches:` : `${unknown} Try search with other words, or timeline all.`,
    items: closest.map((scoredSentence) => sentenceItem(corpus, scoredSentence)),
    followUps: ['timeline all', 'help'],
    data: { answer: unknown, events: [], citations: [...(note ? [note] : []), ...closest.map((s) => citationFor(s.sentence.article, s.sentence.text))] },
  };
}

interface Ranked {
  readonly events: readonly ScoredEvent[];
  readonly sentences: readonly ScoredSentence[];
  readonly eventFits: boolean;
  readonly sentenceFits: boolean;
  readonly preferSentences: boolean;
}

/** "When did they last talk by phone": among the answers that fit as well, the latest (or the earliest for "first"). */
const LAST = /\b(?:last|latest|most recent(?:ly)?)\b/i;

function rankAll(corpus: Corpus, q: Understood): Ranked {
  let events = rankEvents(corpus, q);
  let sentences = rankSentences(corpus, q);
  if (q.intent === 'when') {
    // A sentence that states its own date answers "when" with half the topic, ahead of undated ones.
    const dated = sentences.filter((s) => s.coverage >= MIN_SENTENCE_COVERAGE && ownDate(corpus, s.sentence) !== null);
    const best = sentences[0];
    if (dated[0] && (!best || best.coverage < MIN_SENTENCE_COVERAGE_OTHER)) sentences = [dated[0], ...sentences.filter((s) => s !== dated[0])];
    if (LAST.test(q.raw)) {
      const top = events[0]?.coverage ?? 0;
      const tied = events.filter((e) => e.coverage >= top && e.coverage >= MIN_EVENT_COVERAGE);
      const latest = [...tied].sort((a, b) => b.event.date.localeCompare(a.event.date))[0];
      if (latest) events = [latest, ...events.filter((e) => e !== latest)];
    }
  }
  if (q.intent === 'said') sentences = withSpeakerQuote(corpus, q, sentences);
  const asked = askedFor(q.raw);
  if (asked) sentences = [...withGiverNearby(corpus, asked, q.topic, withGivingFirst(asked, sentences), MIN_SENTENCE_COVERAGE)];
  const bestEvent = events[0];
  const eventFits = bestEvent !== undefined && bestEvent.coverage >= MIN_EVENT_COVERAGE && (q.topic.length > 0 || q.people.length > 0 || q.date !== null);
  // A publication is told by a report's sentence ("data showed on Monday"), rarely an event of the timeline.
  // So is an amount ("how much was trade"): a figure is stated in a sentence, not an occasion.
  const stated = asked?.kind === 'amount' || asked?.kind === 'change';
  // So are a length and an hour ("scheduled for March 20 to 22", "began at 11:07") the best event's sources do not give,
  // though the sentence must still cover most of the topic.
  const toldBeside = (asked?.kind === 'duration' || asked?.kind === 'time') && !(bestEvent?.event.sources ?? []).some((s) => gives(asked, s.quote));
  const bestSentence = sentences[0];
  // "Who accompanied Xi on the visit": a sentence that names people and says what the question asks beyond the event's
  // own words ("officials are accompanying Xi") answers it; the visit's other participant (its host) is not who went with him.
  const whoSaidBetter = q.intent === 'who' && bestSentence !== undefined && bestEvent !== undefined && bestSentence.coverage >= MIN_SENTENCE_COVERAGE
    && saysBeyondEvent(corpus, q, bestSentence, bestEvent.event) && namesInSentence(bestSentence.sentence.text, q.people).length > 0;
  const halfTopic = stated || whoSaidBetter || q.intent === 'said' || q.intent === 'count' || q.intent === 'who-is' || (q.intent === 'when' && asksWhenReported(q.raw));
  const preferSentences = halfTopic || toldBeside;
  // A quoted sentence answers "what did X say" with half the topic, and "when" if it states its date; others need most of it.
  const datedWhen = q.intent === 'when' && bestSentence !== undefined && ownDate(corpus, bestSentence.sentence) !== null;
  // "Which anniversary": a sentence saying which ("the 75th anniversary") answers with the noun and half the topic.
  const saysWhich = asked?.kind === 'attribute' && bestSentence !== undefined && qualifies(asked, bestSentence.sentence.text);
  const sentenceFits = bestSentence !== undefined && bestSentence.coverage >= (halfTopic || datedWhen || saysWhich ? MIN_SENTENCE_COVERAGE : MIN_SENTENCE_COVERAGE_OTHER);
  return { events, sentences, eventFits, sentenceFits, preferSentences };
}

/** Whether the sentence covers a topic word, other than a place asked about, that the event's own words do not. */
function saysBeyondEvent(corpus: Corpus, q: Understood, scored: ScoredSentence, event: DatedEvent): boolean {
  const said = new Set(tokenize(scored.sentence.text));
  const own = eventOwnTerms(corpus, event);
  const placeWords = new Set(tokenize(q.places.join(' ')));
  return q.topic.some((t) => !placeWords.has(t) && covers(said, t) && !covers(own, t));
}

/** Sentences read for what a question asks for ("how much", "which anniversary") beyond the best-covered one. */
const GIVING_WINDOW = 10;

/**
 * "How much was trade": of the sentences that cover the topic as well as the best one, the first that states an amount
 * goes first; for "which anniversary", the first that says which.
 */
function withGivingFirst(asked: AskedFor, sentences: ScoredSentence[]): ScoredSentence[] {
  const best = sentences[0];
  if (!best || qualifies(asked, best.sentence.text)) return sentences;
  const giving = sentences.slice(1, GIVING_WINDOW).find((s) => s.coverage >= best.coverage && qualifies(asked, s.sentence.text));
  return giving ? [giving, ...sentences.filter((s) => s !== giving)] : sentences;
}

/**
 * "“Xi stressed that in the face of profound changes in the interna": a quote opened and never closed, ending with no
 * punctuation, is a line the copy cut off; its words are not the speaker's whole point.
 */
function isCutOff(text: string): boolean {
  const opened = (text.match(/[“«]/g) ?? []).length > (text.match(/[”»]/g) ?? []).length || (text.match(/"/g) ?? []).length % 2 === 1;
  return opened && /[\p{L}\p{N},;]$/u.test(text.trim());
}

/**
 * "What did Putin tell Xi when he presented the order?": the best sentence tells of the occasion; the words are in a
 * sentence near it where the speaker says them (named, or "he said" after naming him). That sentence goes first, the
 * occasion's second.
 */
function withSpeakerQuote(corpus: Corpus, q: Understood, sentences: ScoredSentence[]): ScoredSentence[] {
  const best = sentences[0];
  const speakers = askedSpeakers(q.raw, q.people);
  if (!best || speakers.length === 0 || isVoicedBy(best.sentence, speakers)) return sentences;
  for (const { sentence: occasion, coverage } of sentences.slice(0, 3)) {
    if (coverage < MIN_SENTENCE_COVERAGE) continue;
    const { article, index } = occasion;
    for (const offset of [1, -1, 2, -2, 3, -3]) {
      const near = article.sentences.find((s) => s.index === index + offset);
      if (!near || !/["“”«»]/.test(near.text) || isCutOff(near.text)) continue;
      const sentence = corpus.sentences.get(`${article.id}:${near.index}`);
      if (sentence && isVoicedBy(sentence, speakers)) return [{ sentence, coverage: best.coverage, score: best.score }, ...sentences.filter((s) => s.sentence !== sentence)];
    }
  }
  return sentences;
}

/** Debugging aid for the eval scripts: how a question was understood and ranked. */
export function __debug(corpus: Corpus, question: string, today: IsoDate): { q: Understood; events: ScoredEvent[]; sentences: ScoredSentence[] } {
  const q = understand(corpus, question, today);
  return { q, events: rankEvents(corpus, q), sentences: rankSentences(corpus, q) };
}
