/** Event mentions: a sentence clause with an action word and the resolved date that governs it → one dated mention. */
import type { Article, Citation, Precision, Sentence, Timex } from '../domain.js';
import { findActions, FAMILY_OF, isSpeech } from './action-lexicon.js';
import type { ActionKind, ActionMatch } from './action-lexicon.js';
import { createPeopleContext, findPeople, isPrincipal } from './people.js';
import type { PersonMention } from './people.js';
import { findPlace } from './find-place.js';
import { makeTitle } from './make-title.js';
import { addDays } from './event-dates.js';

export type { ActionKind } from './action-lexicon.js';

/** Structurally the same as `ArticleTimex` from src/time/tag-article.ts: a timex and the sentence it sits in. */
export interface SentenceTimex extends Timex {
  readonly sentenceIndex: number;
}

export interface EventMention {
  readonly articleId: string;
  readonly file: string;
  readonly sentenceIndex: number;
  readonly quote: string;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate?: string;
  readonly action: ActionKind;
  readonly title: string;
  readonly participants: readonly string[];
  readonly place?: string;
  readonly citation: Citation;
}

interface DateSpan {
  readonly date: string;
  readonly precision: Precision;
  readonly start: number;
  readonly end: number;
  /** "since 2019", "until March": the date bounds a state, it does not date the clause's action. */
  readonly background: boolean;
  readonly endDate?: string;
}

interface Clause {
  readonly start: number;
  readonly end: number;
  /** The word that opened the clause ("when", "after", …), lower-cased, or '' for punctuation and sentence start. */
  readonly opener: string;
}

/** Maps a TIMEX3 value to an event date; null for durations, sets, PAST_REF and values with no calendar anchor. */
export function toEventDate(value: string): { date: string; precision: Precision } | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/.exec(value);
  if (day?.[1]) return { date: day[1], precision: 'day' };
  if (/^\d{4}-W\d{2}$/.test(value)) return { date: value, precision: 'week' };
  // "the same day" left underspecified (2021-11-XX) still tells the month.
  const month = /^(\d{4}-\d{2})(?:-XX)?$/.exec(value);
  if (month?.[1]) return { date: month[1], precision: 'month' };
  if (/^\d{4}$/.test(value)) return { date: value, precision: 'year' };
  return null;
}

const CLAUSE_OPENERS = /(?<=\s|^)(before|after|since|until|till|when|while|whereas|although|though|because|which|who|whom|where|following|but|amid|despite|unless|if|during which|in which|ahead of)\b/gi;
const CLAUSE_PUNCT = /[;:"“”]|''|\s[—–]\s/g;

export function splitClauses(text: string): Clause[] {
  const cuts: Array<{ at: number; opener: string }> = [{ at: 0, opener: '' }];
  for (const m of text.matchAll(CLAUSE_OPENERS)) cuts.push({ at: m.index, opener: (m[1] ?? '').toLowerCase() });
  for (const m of text.matchAll(CLAUSE_PUNCT)) cuts.push({ at: m.index + m[0].length, opener: '' });
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? text.length;
    if (end > cut.at) clauses.push({ start: cut.at, end, opener: cut.opener });
  });
  return clauses;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function sentenceDates(sentence: Sentence, timexes: readonly SentenceTimex[]): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const t of timexes) {
    if (t.sentenceIndex !== sentence.index || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const resolved = toEventDate(t.value);
    if (!resolved) continue;
    const start = t.offset - sentence.offset;
    if (start < 0 || start > sentence.text.length) continue;
    const before = sentence.text.slice(Math.max(0, start - 12), start);
    const background = /\b(?:since|until|till|through|throughout|by|for)\s+$/i.test(before);
    spans.push({ ...resolved, start, end: start + t.text.length, background });
  }
  spans.sort((a, b) => a.start - b.start);
  // One date said twice ("on Tuesday (March 21, 2023)") is one anchor; "2022 and 2023" / "from May to July" is a range.
  const merged: DateSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    const between = last ? sentence.text.slice(last.end, s.start) : '';
    if (last && last.date === s.date && /^[\s(,]*$/.test(between)) {
      merged[merged.length - 1] = { ...last, end: s.end };
    } else if (last && last.precision === s.precision && s.date > last.date && /^\s*(?:and|to|through|until|till|-|–|—)\s*$/i.test(between)) {
      merged[merged.length - 1] = { ...last, end: s.end, endDate: s.date };
    } else {
      merged.push(s);
    }
  }
  return merged;
}

/** Distance from an action to a date, in characters; reporting verbs and far words count as farther. */
function actionScore(action: ActionMatch, date: DateSpan): number {
  const gap = action.end <= date.start ? date.start - action.end : action.start >= date.end ? action.start - date.end : 0;
  return gap + (isSpeech(action.kind) ? 25 : 0);
}

function multiDayEnd(clauseText: string, date: DateSpan): string | undefined {
  if (date.precision !== 'day') return undefined;
  const m = /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]day\b/i.exec(clauseText);
  if (!m?.[1]) return undefined;
  const days = NUMBER_WORDS[m[1].toLowerCase()] ?? Number(m[1]);
  return days >= 2 && days <= 31 ? addDays(date.date, days - 1) : undefined;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/**
 * People taking part in the action of a clause. For a statement the speakers are the participants (those named
 * before the verb), not the people the statement is about; a clause naming nobody borrows the sentence's subject.
 */
function participantsOf(action: ActionMatch, clause: Clause, clauses: readonly Clause[], people: readonly PersonMention[]): PersonMention[] {
  const inClause = people.filter((p) => p.start >= clause.start && p.start < clause.end);
  if (isSpeech(action.kind)) {
    const speakers = inClause.filter((p) => p.start < action.start);
    if (speakers.length > 0) return speakers;
    const after = inClause.filter((p) => p.start >= action.end && p.start - action.end < 4);
    if (after.length > 0) return after;
  }
  if (inClause.length > 0) return inClause;
  const index = clauses.indexOf(clause);
  for (let i = index - 1; i >= 0; i--) {
    const c = clauses[i];
    if (!c) continue;
    const earlier = people.filter((p) => p.start >= c.start && p.start < c.end);
    if (earlier.length > 0) return earlier;
  }
  return [];
}

function citationOf(article: Article, sentence: Sentence): Citation {
  return { article: article.file, title: article.title, outlet: article.outlet, published: article.published, quote: sentence.text.trim() };
}

/** Present-perfect or past report: the lead of a news story tells what happened on (or just before) its date. */
const LEAD_REPORT = /\b(?:has|have)\s+(?:\w+ly\s+)?\w+(?:ed|en|met|held|made|signed|begun|won)\b|\b(?:met|held|signed|arrived|began|accepted|agreed|announced|visited|hosted)\b/i;

interface Draft {
  readonly sentence: Sentence;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate: string | undefined;
  readonly action: ActionMatch;
  readonly clauseText: string;
  readonly participants: readonly string[];
}

export function extractEvents(article: Article, timexes: readonly SentenceTimex[]): EventMention[] {
  const context = createPeopleContext();
  const drafts: Draft[] = [];
  /** The last dated statement, so `"…," Zhao said.` right after it can take its date. */
  let lastStatement: { speakers: readonly string[]; date: string; precision: Precision; index: number } | null = null;

  for (const sentence of article.sentences) {
    const text = sentence.text;
    const people = findPeople(text, context);
    const actions = findActions(text);
    const dates = sentenceDates(sentence, timexes);
    const clauses = splitClauses(text);
    const sentenceDrafts: Draft[] = [];

    clauses.forEach((clause, ci) => {
      const clauseActions = actions.filter((a) => a.start >= clause.start && a.start < clause.end);
      if (clauseActions.length === 0) return;
      let clauseDates = dates.filter((d) => d.start >= clause.start && d.start < clause.end && !d.background);
      // "January 2020, when the country locked down": the when-clause happens at the date just before it.
      if (clauseDates.length === 0 && clause.opener === 'when' && ci > 0) {
        const prev = dates.filter((d) => d.end <= clause.start && clause.start - d.end <= 3);
        clauseDates = prev.map((d) => ({ ...d, background: false }));
      }
      const clauseText = text.slice(clause.start, clause.end);
      for (const date of clauseDates) {
        const best = [...clauseActions].sort((a, b) => actionScore(a, date) - actionScore(b, date))[0];
        if (!best) continue;
        const who = participantsOf(best, clause, clauses, people);
        // An expert's comment on the day is not news; an office holder's statement is.
        if (isSpeech(best.kind) && who.length > 0 && !who.some((p) => p.official)) continue;
        const endDate = date.endDate ?? multiDayEnd(clauseText, date);
        sentenceDrafts.push({
          sentence, date: date.date, precision: date.precision, endDate, action: best, clauseText,
          participants: unique(who.map((p) => p.name)),
        });
      }
    });

    if (sentenceDrafts.length === 0 && dates.every((d) => d.background)) {
      const substantive = actions.filter((a) => !isSpeech(a.kind));
      const speech = actions.find((a) => isSpeech(a.kind));
      const names = unique(people.map((p) => p.name));
      const first = substantive[0];
      if (first && lastStatement && speech && sentence.index - lastStatement.index <= 2 && lastStatement.speakers.some((s) => names.includes(s))) {
        // The rest of a quote whose attribution carried the date.
        sentenceDrafts.push({
          sentence, date: lastStatement.date, precision: lastStatement.precision, endDate: undefined, action: first,
          clauseText: text, participants: names,
        });
      } else if (first && sentence.index <= 1 && article.published && names.some(isPrincipal) && LEAD_REPORT.test(text)) {
        sentenceDrafts.push({
          sentence, date: article.published, precision: 'day', endDate: undefined, action: first, clauseText: text, participants: names,
        });
      }
    }

    for (const d of sentenceDrafts) {
      if (isSpeech(d.action.kind) && d.participants.length > 0) {
        lastStatement = { speakers: d.participants, date: d.date, precision: d.precision, index: sentence.index };
      }
    }
    drafts.push(...sentenceDrafts);
  }

  return drafts.map((d) => toMention(article, d));
}

function toMention(article: Article, d: Draft): EventMention {
  const place = findPlace(d.clauseText) ?? findPlace(d.sentence.text);
  const objectText = d.clauseText.slice(0);
  const title = makeTitle({ kind: d.action.kind, participants: d.participants, place, actionText: d.action.text, clauseText: objectText });
  return {
    articleId: article.id,
    file: article.file,
    sentenceIndex: d.sentence.index,
    quote: d.sentence.text.trim(),
    date: d.date,
    precision: d.precision,
    ...(d.endDate !== undefined ? { endDate: d.endDate } : {}),
    action: d.action.kind,
    title,
    participants: d.participants,
    ...(place !== null ? { place } : {}),
    citation: citationOf(article, d.sentence),
  };
}

export function familyOfMention(m: EventMention): string {
  return FAMILY_OF[m.action];
}
