/** Sentences ranked for a question, and the date a quoted sentence carries. */
import type { Article } from '../domain.js';
import { findPeople } from '../events/people.js';
import { tokenize } from './tokenize.js';
import type { Corpus, CorpusSentence } from './corpus.js';
import { overlaps, rangeOf, type DayRange } from './date-range.js';
import { CANDIDATE_HITS, namesPerson } from './rank-events.js';
import { asksWhenReported, calendarTimexes } from './report-date.js';
import { askedSpeakers, voicedBy } from './speaker.js';
import { coverageOf, covers, type Understood } from './understand-question.js';

const COUNT_PHRASE = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several|many)\s+(?:times|meetings|visits|occasions|summits)\b/i;
/** "The two leaders have met 40 times", "both sides reject …": a sentence about both people asked about, without naming them. */
const GROUP_REFERENCE = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state|sides)\b/i;
/** A sentence about what is to come: "plans to visit", "will travel", "is expected to", "invited him to". */
const PLAN = /\b(?:will|shall|would|plans?|planned|planning|intends?|intended|expected|scheduled|set to|due to|(?:is|are) to|invit\w*|upcoming|next|prepar\w+ for)\b/i;
const SPEECH_VERB = /\b(?:said|says|say|told|tells|stressed|noted|wrote|writes|added|warned|urged|called|described|expressed|pointed out|according to|quoted)\b/i;

/** People a sentence names by title or relation only ("the Chinese leader", "his Russian counterpart"). */
const describedCache = new WeakMap<CorpusSentence, readonly string[]>();
function describes(sentence: CorpusSentence, person: string): boolean {
  if (!DESCRIPTOR.test(sentence.text)) return false;
  let names = describedCache.get(sentence);
  if (names === undefined) describedCache.set(sentence, (names = findPeople(sentence.text).map((p) => p.name)));
  return names.includes(person);
}
const DESCRIPTOR = /\b(?:leader|president|counterpart|premier|head of state)\b/i;

const articleTermCache = new WeakMap<Article, ReadonlySet<string>>();
function articleTerms(article: Article): ReadonlySet<string> {
  let terms = articleTermCache.get(article);
  if (!terms) {
    terms = new Set(tokenize([article.title, ...article.sentences.map((s) => s.text)].join(' ')));
    articleTermCache.set(article, terms);
  }
  return terms;
}

const textsCache = new WeakMap<Article, readonly string[]>();
const textsOf = (article: Article): readonly string[] => {
  let texts = textsCache.get(article);
  if (!texts) textsCache.set(article, (texts = article.sentences.map((s) => s.text)));
  return texts;
};

/** Whether the sentence gives the words or stance of one of `speakers` ("Putin said", "he noted" after "Putin told"). */
export function isVoicedBy(sentence: CorpusSentence, speakers: readonly string[]): boolean {
  const at = sentence.article.sentences.findIndex((s) => s.index === sentence.index);
  return at >= 0 && voicedBy(textsOf(sentence.article), at, speakers);
}

const namesInArticle = (article: Article, person: string): boolean =>
  namesPerson(article.title, person) || article.sentences.some((s) => namesPerson(s.text, person));

export interface ScoredSentence {
  readonly sentence: CorpusSentence;
  readonly coverage: number;
  readonly score: number;
}

export function rankSentences(corpus: Corpus, q: Understood): ScoredSentence[] {
  if (!q.query) return [];
  const { hits } = corpus.index.search(q.query, { limit: CANDIDATE_HITS, filter: (id) => !id.startsWith('event:') });
  const top = hits[0]?.score ?? 1;
  const speakers = q.intent === 'said' ? askedSpeakers(q.raw, q.people) : [];
  const reporting = asksWhenReported(q.raw);
  const scored: ScoredSentence[] = [];
  for (const hit of hits) {
    const sentence = corpus.sentences.get(hit.id);
    if (!sentence) continue;
    const published = sentence.article.published;
    // "according to the June 2025 call": a report of that period.
    if (q.reported && !(published && overlaps(rangeOf(published) ?? q.reported.range, q.reported.range))) continue;
    if (q.date && published) {
      // A sentence's own dates are not indexed; the article date bounds what it can report. "As of 2018" asks for
      // what was true by then: any earlier report counts, and a count reported later is not yet known.
      const span = rangeOf(published);
      if (span && !q.date.cutoff && span.end < q.date.range.start) continue;
      if (span && q.date.cutoff && q.intent === 'count' && span.start > q.date.range.end) continue;
    }
    if (q.date) {
      // A sentence that dates itself outside the period asked about ("since 2018") is about another time. A report is
      // dated by its publication first ("said on 13 January that trade hit a record in 2024"): any of its dates may fit.
      const own = ownDate(corpus, sentence);
      const span = own ? rangeOf(own) : null;
      const outside = span !== null && (q.date.cutoff ? span.start > q.date.range.end : !overlaps(span, q.date.range));
      if (outside && !(reporting && statesDateIn(corpus, sentence, q.date.range))) continue;
    }
    // "When will Putin visit China?": a sentence telling of a day already past, with no word of a plan, is past news.
    if (q.future && !PLAN.test(sentence.text)) {
      const own = ownDate(corpus, sentence);
      const span = own ? rangeOf(own) : null;
      if (span && span.end < q.today) continue;
    }
    const groupReference = q.people.length >= 2 && GROUP_REFERENCE.test(sentence.text);
    const mentioned = groupReference ? q.people.length : q.people.filter((person) => namesPerson(sentence.text, person) || describes(sentence, person)).length;
    if (q.people.length > 0 && mentioned === 0) continue;
    // Everyone asked about must at least be in the article: a report on Putin and Modi in Goa says nothing of Xi.
    if (!q.people.every((person) => namesPerson(sentence.text, person) || describes(sentence, person) || namesInArticle(sentence.article, person))) continue;
    const terms = new Set(tokenize(`${sentence.text} ${sentence.article.title}`));
    // A capitalised name situates the article ("at the Victory Day parade"); the sentence itself need not repeat it.
    if (!q.entities.every((entity) => covers(terms, entity) || covers(articleTerms(sentence.article), entity))) continue;
    const coverage = coverageOf(q.topic, terms);
    // "who is X": a sentence giving X's full name (usually with a title before it) describes X best.
    const fullNameBonus = q.intent === 'who-is' && q.people.some((person) => sentence.text.includes(person)) ? 0.5 : 0;
    // "What did Putin write": Putin's own words beat a sentence where someone else speaks of him.
    const voiced = speakers.length > 0 && coverage > 0 && isVoicedBy(sentence, speakers) ? 0.3 : 0;
    const intentBonus = (q.intent === 'count' && COUNT_PHRASE.test(sentence.text) ? 0.6 : 0) + (q.intent === 'said' && SPEECH_VERB.test(sentence.text) ? 0.3 : 0) + voiced + fullNameBonus;
    scored.push({ sentence, coverage, score: coverage + 0.3 * (hit.score / top) + intentBonus + 0.1 * (mentioned / Math.max(1, q.people.length)) });
  }
  return latestClaimFirst(q, scored).sort((a, b) => b.score - a.score || a.sentence.key.localeCompare(b.sentence.key));
}

/**
 * "How many times have they met?": of several "met N times" claims, the latest report is the answer (each one is true
 * as of its day). "As of 2018" keeps only the claims reported by then in the race.
 */
function latestClaimFirst(q: Understood, scored: ScoredSentence[]): ScoredSentence[] {
  if (q.intent !== 'count') return scored;
  const limit = q.date?.cutoff ? q.date.range.end : null;
  const claims = scored.filter((s) => COUNT_PHRASE.test(s.sentence.text) && s.sentence.article.published !== null
    && (limit === null || (s.sentence.article.published ?? '') <= limit));
  const order = [...new Set(claims.map((s) => s.sentence.article.published ?? ''))].sort();
  if (order.length < 2) return scored;
  return scored.map((s) => (claims.includes(s) ? { ...s, score: s.score + RECENCY_WEIGHT * (order.indexOf(s.sentence.article.published ?? '') / (order.length - 1)) } : s));
}
const RECENCY_WEIGHT = 0.4;

/** Whether any date the sentence states falls in the range ("reached a record in 2024, data showed on Monday"). */
export function statesDateIn(corpus: Corpus, sentence: CorpusSentence, range: DayRange): boolean {
  return calendarTimexes(corpus, sentence).some((t) => {
    const span = rangeOf(t.value.slice(0, 10));
    return span !== null && overlaps(span, range);
  });
}

/** The sentence's own first calendar date, if it states one. */
export function ownDate(corpus: Corpus, sentence: CorpusSentence): string | null {
  const own = corpus.timexes.get(sentence.article.id)?.find((t) => t.sentenceIndex === sentence.index && (t.type === 'DATE' || t.type === 'TIME') && rangeOf(t.value.slice(0, 10)) !== null);
  return own ? own.value.slice(0, 10) : null;
}

/**
 * When a quoted sentence happened: its own first calendar date ("said on Monday" → that Monday), else the article's date.
 * Durations and vague references never date a sentence.
 */
export function sentenceDate(corpus: Corpus, sentence: CorpusSentence): string | null {
  return ownDate(corpus, sentence) ?? sentence.article.published;
}

