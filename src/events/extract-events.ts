/** Event mentions: a sentence clause with an action word and the resolved date that governs it → one dated mention. */
import type { Article, Citation, Precision, Sentence } from '../domain.js';
import type { ArticleTimex } from '../time/tag-article.js';
import { findActions, FAMILY_OF, isSpeech } from './action-lexicon.js';
import type { ActionKind, ActionMatch } from './action-lexicon.js';
import { createPeopleContext, findPeople, isPrincipal, PUTIN, XI } from './people.js';
import type { PersonMention } from './people.js';
import { countryOf, datelineCity, findDateline, findPlace, findStatedPlace, narrowedByDateline } from './find-place.js';
import { makeTitle } from './make-title.js';
import { addDays } from './event-dates.js';
import { continuationPeople, invitersBefore, type SentenceFacts } from './continuation.js';
import { jointCountrySubject } from './joint-subject.js';
import { splitClauses, type Clause } from './split-clauses.js';
import { isPlanned, plannedDate } from './planned-dates.js';
import { attendedOccasion, occasionDates } from './named-occasions.js';

export type { ActionKind } from './action-lexicon.js';

/** A timex and the sentence it sits in, as `tagArticle` gives them; the old name stays for callers that use it. */
export type SentenceTimex = ArticleTimex;

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

const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** "Beijing 2022", "the 2022 Winter Olympics": a year inside a name dates nothing. */
function yearInName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 20);
  const prevWord = /([A-Za-z]+)\s+$/.exec(before)?.[1] ?? '';
  if (/^[A-Z]/.test(prevWord) && !/^(?:In|Since|By|Until|From|To|And|Of|On|At)$/.test(prevWord)) return true;
  return /^(?:the|a|an)$/i.test(prevWord) && /^\s+[A-Z]/.test(after);
}

const BOUND_BEFORE = /\b(?:since|until|till|through|throughout|by|for)\s+$/i;
/** "scheduled for Sept. 5" dates the plan; "for 2019" alone only bounds a state. */
const PLANNED_FOR = /\b(?:scheduled|set|slated|planned|due|fixed)\s+for\s+$/i;

function sentenceDates(sentence: Sentence, timexes: readonly SentenceTimex[]): DateSpan[] {
  const spans: DateSpan[] = [];
  for (const t of timexes) {
    if (t.sentenceIndex !== sentence.index || (t.type !== 'DATE' && t.type !== 'TIME')) continue;
    const resolved = toEventDate(t.value);
    if (!resolved) continue;
    const start = t.offset - sentence.offset;
    if (start < 0 || start > sentence.text.length) continue;
    const end = start + t.text.length;
    if (resolved.precision === 'year' && /^\d{4}$/.test(t.text.trim()) && yearInName(sentence.text, start, end)) continue;
    const before = sentence.text.slice(Math.max(0, start - 12), start);
    const background = BOUND_BEFORE.test(before) && !PLANNED_FOR.test(sentence.text.slice(Math.max(0, start - 24), start));
    // Spelled out: an object spread here cost more than the rest of the loop.
    spans.push({ date: resolved.date, precision: resolved.precision, start, end, background });
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

/** "…, days before", "Shortly after": the clause's deed lies within days of what the next clause dates. */
const SHORTLY = /\b(?:days|hours|shortly|moments|just|soon|only)\s*$/i;

/**
 * "They declared a partnership, days before the troops crossed in February 2022": a clause ending on "days"/"shortly"
 * right before a before/after clause shares that clause's month or year (a day would be too fine: "days before" is not it).
 */
function shortlyBeforeOrAfter(text: string, segments: readonly Clause[], clauses: readonly Clause[], dates: readonly DateSpan[]): DateSpan[] {
  for (const s of segments) {
    if (!SHORTLY.test(text.slice(s.start, s.end))) continue;
    const next = clauses.find((c) => c.start === s.end && (c.opener === 'before' || c.opener === 'after'));
    if (next === undefined) continue;
    const anchor = dates.find((d) => d.start >= next.start && d.end <= next.end && !d.background && (d.precision === 'month' || d.precision === 'year'));
    if (anchor !== undefined) return [anchor];
  }
  return [];
}

/**
 * "…holding meetings amid the annual session on Wednesday": an amid-phrase with no verb of its own is the deed's time
 * frame, so its date is the deed's. (Not "ahead of" or "following", which put the deed before or after it.)
 */
function amidFrame(segments: readonly Clause[], clauses: readonly Clause[], dates: readonly DateSpan[], actions: readonly ActionMatch[]): Clause | undefined {
  for (const s of segments) {
    const next = clauses.find((c) => c.start === s.end && c.opener === 'amid');
    if (next === undefined || actions.some((a) => isWithin(next, a))) continue;
    if (dates.some((d) => isWithin(next, d) && !d.background)) return next;
  }
  return undefined;
}

function gapBetween(action: ActionMatch, date: DateSpan): number {
  return action.end <= date.start ? date.start - action.end : action.start >= date.end ? action.start - date.end : 0;
}

/**
 * How far an action is from a date, in characters, plus penalties: a reporting verb weighs less than a deed, and an
 * action after the date across a comma, "and" or "that" usually starts a new predication ("…on Monday, and then …").
 */
function actionScore(text: string, action: ActionMatch, date: DateSpan): number {
  let score = gapBetween(action, date) + (isSpeech(action.kind) ? 25 : 0);
  if (action.start >= date.end) {
    const between = text.slice(date.end, action.start);
    if (/,|\band\b|\bthat\b/.test(between)) score += 30;
    // "held talks … on Wednesday, his first trip abroad": an apposition renames the deed, it is not another one.
    if (/,\s*(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}$/i.test(between)) score += 40;
    // "told reporters on Monday the talks went well": the date ends the report; what follows is its content.
    const reported = findActions(text).some((a) => isSpeech(a.kind) && a.end <= date.start && date.start - a.end <= 20);
    if (reported) score += 40;
  }
  return score;
}

const NAMING_VERB = /^(?:called|dubbed|termed)$/i;

/** "in what state TV called the largest parade": a verb that names the deed it describes is no statement of its own. */
function isNaming(text: string, action: ActionMatch): boolean {
  return action.kind === 'statement' && NAMING_VERB.test(action.text) && /\bwhat\s+(?:[\w’'-]+\s+){1,3}$/i.test(text.slice(Math.max(0, action.start - 40), action.start));
}

/** "criticised the visit", "announced the summit": the deed is only what the statement is about. */
function isObjectOfSpeech(text: string, action: ActionMatch, actions: readonly ActionMatch[]): boolean {
  if (isSpeech(action.kind)) return false;
  // "accepted the invitation" too: the invitation is what is accepted, the acceptance is the deed.
  return actions.some((a) => (isSpeech(a.kind) || (a.kind === 'accept' && action.kind === 'invite')) && a.end <= action.start
    && /^\s+(?:the|a|an|this|that|his|her|its|their|our)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(a.end, action.start)));
}

/** "on the third anniversary of the invasion": the date is the anniversary's; the deed it recalls happened years before. */
const ANNIVERSARY_OF = /\b(?:anniversary|anniversaries|eve)\s+of\s+(?:[\w’'-]+\s+){0,4}$/i;

function isCommemorated(text: string, action: ActionMatch): boolean {
  return ANNIVERSARY_OF.test(text.slice(Math.max(0, action.start - 60), action.start));
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
 * Openers after which the clause has its own subject, so it must not borrow the main clause's people. 'made' is a
 * reduced relative ("the treaty signed in 2001"): its doer, when unnamed, is not the main clause's subject.
 */
const OWN_SUBJECT = new Set(['made', 'since', 'after', 'before', 'until', 'till', 'following', 'amid', 'despite', 'ahead of', 'because', 'although', 'though', 'if', 'unless']);

/** "Putin’s visit": the mention is followed by a possessive ending. */
function isPossessive(text: string, p: PersonMention): boolean {
  return /^[’']s\b/.test(text.slice(p.end, p.end + 3));
}

function clauseActions(text: string, clause: Clause): readonly ActionMatch[] {
  return findActions(text).filter((a) => a.start >= clause.start && a.start < clause.end);
}

/**
 * The person only reports the deed: named after it, as the subject or object of a reporting verb ("Xi will visit
 * Russia, aide Yuri Ushakov told reporters", "…, said spokesman Tomas Brand").
 */
function reportsAfter(text: string, p: PersonMention, action: ActionMatch, actions: readonly ActionMatch[]): boolean {
  if (isSpeech(action.kind) || p.start < action.end || isSceneOf(text, p, action)) return false;
  return actions.some((a) => isReport(a) && a.start > action.end
    && ((a.start >= p.end && /^[\s,]*(?:has\s+|have\s+|had\s+)?$/.test(text.slice(p.end, a.start))) || (a.end <= p.start && /^[\s,]*(?:[\w-]+\s+){0,3}$/.test(text.slice(a.end, p.start)) && !/\b(?:that|to)\b/.test(text.slice(a.end, p.start)))));
}

/** "In a bilateral meeting, Putin praised…": the deed sets the scene, and the speaker right after it took part. */
const OPENING_SCENE = /^\s*(?:In|At|During)\s+(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w-]+\s+){0,3}$/;

function isSceneOf(text: string, p: PersonMention, action: ActionMatch): boolean {
  return OPENING_SCENE.test(text.slice(0, action.start)) && /^[\w-]*\s*,\s*$/.test(text.slice(action.end, p.start));
}

/**
 * "discussed how to build ties with Lee", "talked about whether to invite Lee": a person inside a wh- or "ways to"
 * complement is what the deed is about. ("discussed ties with Lee" names a partner, so plain nouns do not count.)
 */
const TOPIC_LINK = /\b(?:how|whether|why|what|ways?\s+to)\b/i;

function isTopicAfter(text: string, p: PersonMention, action: ActionMatch): boolean {
  return p.start >= action.end && TOPIC_LINK.test(text.slice(action.end, p.start));
}

/** The speaker's name opens the attribution after the words reported: "…, President Vladimir" before "Putin said". */
const ATTRIBUTION = /[,”"]\s*(?:(?:the|[\p{Lu}][\p{L}.-]*)\s+){0,4}$/u;

/** "…of / by" and up to four title words: "the upcoming official visit of Chinese President Xi". */
const DEED_ARGUMENT = /^\s+(?:of|by)\s+(?:(?:the|his|her|[\p{Lu}][\p{L}.-]*)\s+){0,4}$/u;

/**
 * "The visit of Wang Yi on May 25-26 is a step towards the upcoming visit of President Xi": a person named as the
 * argument of a later deed of the same sentence takes part in that deed, not in this one.
 */
function ownedByLaterDeed(text: string, p: PersonMention, action: ActionMatch): boolean {
  if (p.start < action.end) return false;
  return findActions(text).some((a) => a.start > action.end && a.end <= p.start && DEED_ARGUMENT.test(text.slice(a.end, p.start)));
}

/** A reporting verb, or "confirmed" after the deed ("…, aide Ilya Sorin has confirmed"). */
function isReport(a: ActionMatch): boolean {
  return isSpeech(a.kind) || (a.kind === 'accept' && /^confirm/i.test(a.text));
}

function isWithin(clause: Clause, p: { readonly start: number }): boolean {
  return p.start >= clause.start && p.start < clause.end;
}

/** "he"/"she": the last person named earlier in the sentence, else the first of the sentence before. */
function borrowedSubject(earlierInSentence: readonly PersonMention[], previous: readonly string[]): string[] {
  const last = earlierInSentence[earlierInSentence.length - 1];
  if (last) return [last.name];
  return previous.slice(0, 1);
}

/** Who of `who` is named before the action: its doers, not those it is done to. */
/** "were welcomed by Putin": a passive deed is done by the agent after "by", not by those named before it. */
const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$/i;

function subjectsOf(text: string, people: readonly PersonMention[], who: readonly string[], action: ActionMatch): string[] {
  const byAt = /^\s+by\s+/i.exec(text.slice(action.end, action.end + 6));
  if (byAt !== null && PASSIVE_BEFORE.test(text.slice(Math.max(0, action.start - 20), action.start))) {
    const agentFrom = action.end + byAt[0].length;
    const agents = people.filter((p) => who.includes(p.name) && p.start >= agentFrom && p.start - agentFrom < 40);
    if (agents.length > 0) return unique(agents.map((p) => p.name));
  }
  return unique(people.filter((p) => who.includes(p.name) && p.start < action.start && !isPossessive(text, p)).map((p) => p.name));
}

function inSegments(segments: readonly Clause[], x: { readonly start: number }): boolean {
  return segments.some((c) => isWithin(c, x));
}

/**
 * People taking part in the action of a clause. For a statement the speakers are the participants (those named
 * before the verb), not the people the statement is about; "he"/"she" or a clause naming nobody borrows the subject.
 */
function participantsOf(text: string, action: ActionMatch, clause: Clause, clauses: readonly Clause[], people: readonly PersonMention[], previous: readonly string[]): string[] {
  const segments = clauses.filter((c) => c.id === clause.id);
  const inClause = people.filter((p) => segments.some((c) => isWithin(c, p)));
  const earlierInSentence = people.filter((p) => p.start < clause.start);
  const lead = text.slice(clause.start, action.start);
  const pronounSubject = /\b(?:he|she|He|She)\b/.test(lead) && !inClause.some((p) => p.start < action.start);
  if (isSpeech(action.kind)) {
    // "Xi praised Putin’s record and predicted…": a possessive is what is talked about, not who talks.
    const speakers = inClause.filter((p) => p.start < action.start && !isPossessive(text, p));
    // "…to Russia, President Vladimir Putin said": after the words reported, only the one right before the verb speaks.
    const attributed = speakers.find((p) => /^\s*$/.test(text.slice(p.end, action.start)) && ATTRIBUTION.test(text.slice(0, p.start)));
    if (attributed !== undefined) return [attributed.name];
    if (speakers.length > 0) return unique(speakers.map((p) => p.name));
    if (pronounSubject) return borrowedSubject(earlierInSentence, previous);
    const after = inClause.filter((p) => p.start >= action.end && p.start - action.end < 4);
    if (after.length > 0) return unique(after.map((p) => p.name));
  }
  // Someone who only comments on the action ("…, an expert, told reporters") does not take part in it.
  const speech = findActions(text).find((a) => isSpeech(a.kind) && a.start >= clause.start && a.start < clause.end);
  const actors = inClause.filter((p) => (p.official || !speech || p.start > speech.start || speech.start > action.start)
    && !reportsAfter(text, p, action, clauseActions(text, clause)) && !isTopicAfter(text, p, action) && !ownedByLaterDeed(text, p, action));
  const names = unique(actors.map((p) => p.name));
  if (pronounSubject) names.unshift(...borrowedSubject(earlierInSentence, previous).filter((n) => !names.includes(n)));
  // "…, after they discussed …": a plural pronoun with no one named before the verb is the people named just before.
  if (/\b[Tt]hey\b/.test(lead) && !inClause.some((p) => p.start < action.start)) {
    const before = unique(earlierInSentence.map((p) => p.name));
    const they = before.length >= 2 ? before : previous.length >= 2 ? previous : [];
    names.unshift(...they.filter((n) => !names.includes(n)));
  }
  if (names.length > 0) return names;
  // The subject stands before the clause's first verb: "Russia and China signed a border treaty" dated at "treaty".
  const first = clauseActions(text, clause)[0] ?? action;
  const joint = jointCountrySubject(action.kind, text.slice(clause.start, Math.min(first.start, action.start)));
  if (joint.length > 0) return joint;
  if (OWN_SUBJECT.has(clause.opener)) return [];
  const subject = earlierInSentence.filter((p) => !OWN_SUBJECT.has(clauses.find((c) => isWithin(c, p))?.opener ?? ''));
  if (subject.length > 0) return unique(subject.map((p) => p.name));
  // "The meetings included a video conference held in June": a sentence naming nobody continues the last one.
  const family = FAMILY_OF[action.kind];
  if (people.length === 0 && previous.length >= 2 && (family === 'encounter' || family === 'visit' || family === 'attend' || family === 'accord')) {
    return [...previous];
  }
  return [];
}

/**
 * A principal who goes to the other principal's country is received by them: Xi at a ceremony in Sochi meets Putin.
 * Only visits and attendances, and only for the places of the two countries.
 */
function addHost(participants: readonly string[], kind: ActionKind, place: string | null): string[] {
  const family = FAMILY_OF[kind];
  if (place === null || (family !== 'visit' && family !== 'attend')) return [...participants];
  const country = countryOf(place);
  const host = country === 'Russia' ? PUTIN : country === 'China' ? XI : null;
  const guest = host === PUTIN ? XI : host === XI ? PUTIN : null;
  if (host === null || guest === null || !participants.includes(guest) || participants.includes(host)) return [...participants];
  return [...participants, host];
}

function citationOf(article: Article, sentence: Sentence): Citation {
  return { article: article.file, title: article.title, outlet: article.outlet, published: article.published, quote: sentence.text.trim() };
}

/** Present-perfect or past report: the lead of a news story tells what happened on (or just before) its date. */
/** "have met more than 40 times": a tally of occasions, not one of them. */
const HABITUAL = /\b(?:times|repeatedly|regularly|often|frequently|usually|routinely)\b/i;

/**
 * "has just ended", "engaged in talks", "exchanged greetings by phone": a finished report of the story's own deed; "is
 * visiting", "are holding talks": one under way on the story's day (not "is going to visit", a plan).
 */
const LEAD_REPORT = /\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:visiting|touring|meeting|holding|hosting|attending|signing|welcoming|receiving)\b|\b(?:has|have)\s+(?:\w+ly\s+|just\s+|already\s+)?\w+(?:ed|en|met|held|made|signed|begun|won)\b|\b(?:met|held|signed|arrived|began|accepted|agreed|announced|visited|hosted|engaged|conducted|exchanged|attended|toured|awarded|presented|inaugurated|addressed)\b/i;

/** A photo caption ends on its date ("…, in Beijing, Saturday June 25, 2016."); a credit sits in brackets. */
const CAPTION_END = /\b(?:\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+)\.?["”)]?$/u;
const LEAD_SCAN = 6;

/**
 * The lead's two sentences: after a dateline further down the page when ingest found one, else the first two that
 * read as prose among the first few (menu words, section names, photo captions and credits are not the lead).
 */
function leadSentences(article: Article): number[] {
  if (article.leadSentence !== undefined) return [article.leadSentence, article.leadSentence + 1];
  const lead: number[] = [];
  for (const s of article.sentences.slice(0, LEAD_SCAN)) {
    const words = s.text.trim().split(/\s+/).length;
    const t = s.text.trim();
    if ((words < 6 && !/[.!?]["”’]?$/.test(t)) || words < 3 || /^[([]/.test(t) || CAPTION_END.test(t)) continue;
    lead.push(s.index);
    if (lead.length === 2) break;
  }
  return lead.length > 0 ? lead : [0, 1];
}

interface Draft {
  readonly sentence: Sentence;
  readonly date: string;
  readonly precision: Precision;
  readonly endDate: string | undefined;
  readonly action: ActionMatch;
  readonly clauseText: string;
  readonly participants: readonly string[];
  /** Participants named before the verb: who does it, as opposed to whom it is done to. */
  readonly subjects: readonly string[];
  /** The dateline city of the lead paragraph, when this sentence opens with it. */
  readonly dateline: string | null;
  /** An amid-phrase that dates the deed ("amid the session on Wednesday in Astana"): its place is the deed's too. */
  readonly frameText?: string | undefined;
}

export function extractEvents(article: Article, timexes: readonly SentenceTimex[]): EventMention[] {
  // Primed with the whole article, so a surname resolves to a full name given only further down.
  const context = createPeopleContext(article.sentences.map((s) => s.text));
  const drafts: Draft[] = [];
  const leadIndexes = leadSentences(article);
  const leadParagraph = article.sentences[leadIndexes[0] ?? 0]?.paragraph;
  const timexesBySentence = new Map<number, SentenceTimex[]>();
  for (const t of timexes) {
    const list = timexesBySentence.get(t.sentenceIndex);
    if (list) list.push(t);
    else timexesBySentence.set(t.sentenceIndex, [t]);
  }
  const leadDateline = datelineOf(article);
  const occasions = occasionDates(article, timexes);
  const facts: SentenceFacts[] = [];
  /** The last dated statement, so `"…," Zhao said.` right after it can take its date. */
  let lastStatement: { speakers: readonly string[]; date: string; precision: Precision; index: number } | null = null;

  // "Putin, Xi meet at summit" over "Now they will be holding meetings…": until the text names someone, its "they"
  // are the people its headline names.
  const headline = headlinePeople(article);
  let namedYet = false;

  for (const sentence of article.sentences) {
    const text = sentence.text;
    const dateline = sentence.paragraph === leadParagraph ? leadDateline ?? findDateline(text) : null;
    if (!namedYet && context.previous.length === 0) context.previous = headline;
    const previous = context.previous;
    const people = findPeople(text, context);
    namedYet ||= people.length > 0;
    const found = findActions(text);
    const actions = found.some((a) => a.kind === 'statement' && NAMING_VERB.test(a.text)) ? found.filter((a) => !isNaming(text, a)) : found;
    facts[sentence.index] = {
      paragraph: sentence.paragraph, text, people: unique(people.map((p) => p.name)), drafted: false,
      dated: (timexesBySentence.get(sentence.index) ?? []).some((t) => (t.type === 'DATE' || t.type === 'TIME') && toEventDate(t.value) !== null),
      speech: actions.some((a) => isSpeech(a.kind)),
      inviters: invitersIn(people, actions),
    };
    // Every draft needs an action: without one the sentence only feeds the people context (done above).
    if (actions.length === 0) continue;
    const sentenceTimexes = timexesBySentence.get(sentence.index);
    const dates = sentenceTimexes === undefined ? [] : sentenceDates(sentence, sentenceTimexes);
    // Clauses matter only to dated drafts and to the undated fallbacks below, which rarely get that far. (Filled in
    // place rather than by a local closure: the loop runs for every sentence.)
    let clauseCache: Clause[] | null = null;
    const sentenceDrafts: Draft[] = [];
    // Each action belongs to the date nearest to it (the first of equals); a date with no action of its own dates nothing.
    const anchorOf = new Map<ActionMatch, DateSpan>();
    for (const a of actions) {
      let near: DateSpan | undefined;
      let nearGap = Infinity;
      for (const d of dates) {
        if (d.background) continue;
        const gap = gapBetween(a, d);
        if (gap < nearGap) {
          near = d;
          nearGap = gap;
        }
      }
      if (near) anchorOf.set(a, near);
    }

    // Background dates ("since 2019") date a clause only through a when-clause right after them; without one the
    // clause loop below cannot yield a draft.
    const clauses = dates.length === 0 || (dates.every((d) => d.background) && !/when/i.test(text)) ? [] : (clauseCache ??= splitClauses(text));
    const clauseIds = [...new Set(clauses.map((c) => c.id))];
    for (const id of clauseIds) {
      const segments = clauses.filter((c) => c.id === id);
      const first = segments[0];
      if (!first) continue;
      const clauseActions = actions.filter((a) => inSegments(segments, a));
      if (clauseActions.length === 0) continue;
      let clauseDates = dates.filter((d) => inSegments(segments, d) && !d.background);
      // "January 2020, when the country locked down": the when-clause happens at the date just before it.
      if (clauseDates.length === 0 && first.opener === 'when') {
        clauseDates = dates.filter((d) => d.end <= first.start && first.start - d.end <= 3).map((d) => ({ ...d, background: false }));
      }
      if (clauseDates.length === 0) clauseDates = shortlyBeforeOrAfter(text, segments, clauses, dates);
      // The amid-phrase that lends its date lends its place too, when the deed's own words name none.
      const frame = clauseDates.length === 0 ? amidFrame(segments, clauses, dates, actions) : undefined;
      if (frame !== undefined) clauseDates = dates.filter((d) => isWithin(frame, d) && !d.background);
      const clauseText = segments.map((c) => text.slice(c.start, c.end)).join(' ');
      const frameText = frame === undefined ? undefined : text.slice(frame.start, frame.end);
      for (const date of clauseDates) {
        const own = clauseActions.filter((a) => (anchorOf.get(a) === date || !anchorOf.has(a) || !clauseDates.includes(anchorOf.get(a) as DateSpan))
          && !isObjectOfSpeech(text, a, clauseActions) && !isCommemorated(text, a));
        // The lowest score wins; of equals, the first (as a stable sort would order them).
        let best: ActionMatch | undefined;
        let bestScore = Infinity;
        for (const a of own) {
          const score = actionScore(text, a, date);
          if (score < bestScore) {
            best = a;
            bestScore = score;
          }
        }
        if (!best) continue;
        const actionClause = segments.find((c) => isWithin(c, best)) ?? first;
        const who = participantsOf(text, best, actionClause, clauses, people, previous);
        // An expert's comment on the day is not news; an office holder's statement is.
        if (isSpeech(best.kind) && who.length > 0 && !who.some(isPrincipal) && !people.some((p) => who.includes(p.name) && p.official)) continue;
        const endDate = date.endDate ?? multiDayEnd(clauseText, date);
        const when = isPlanned(text, best.start) ? plannedDate(date.date, date.precision, text.slice(date.start, date.end), article.published) : date.date;
        sentenceDrafts.push({ sentence, date: when, precision: date.precision, endDate, action: best, clauseText, participants: who, subjects: subjectsOf(text, people, who, best), dateline, frameText });
      }
    }

    if (sentenceDrafts.length === 0 && dates.every((d) => d.background)) {
      const substantive = actions.filter((a) => !isSpeech(a.kind));
      const speech = actions.find((a) => isSpeech(a.kind));
      const names = unique(people.map((p) => p.name));
      const deed = substantive[0];
      const deedClause = deed ? (clauseCache ??= splitClauses(text)).find((c) => isWithin(c, deed)) : undefined;
      if (deed && lastStatement && speech && sentence.index - lastStatement.index <= 2 && lastStatement.speakers.some((s) => names.includes(s))) {
        // The rest of a quote whose attribution carried the date; the speaker reports it, the others take part.
        const speakers = lastStatement.speakers;
        sentenceDrafts.push({
          sentence, date: lastStatement.date, precision: lastStatement.precision, endDate: undefined, action: deed,
          clauseText: text, participants: names.filter((n) => !speakers.includes(n)), subjects: [], dateline,
        });
      } else if (deed && deedClause && leadIndexes.includes(sentence.index) && article.published && names.some(isPrincipal) && !HABITUAL.test(text)
        && (LEAD_REPORT.test(text) || (FAMILY_OF[deed.kind] === 'encounter' && OPENING_SCENE.test(text.slice(0, deed.start))))) {
        // "In a bilateral meeting, Putin praised …": the scene the lead opens on is the story's own occasion.
        const all = (clauseCache ??= splitClauses(text));
        const who = participantsOf(text, deed, deedClause, all, people, previous);
        const clauseText = all.filter((c) => c.id === deedClause.id).map((c) => text.slice(c.start, c.end)).join(' ');
        sentenceDrafts.push({ sentence, date: article.published, precision: 'day', endDate: undefined, action: deed, clauseText, participants: who, subjects: subjectsOf(text, people, who, deed), dateline });
      }
    }
    // "…accepted the invitation to attend the Harbin Ice Festival", "…a visit to the Forum, which runs June 6-7": the
    // deed is dated where the article dates the occasion, when the sentence's own dates gave it none.
    if (sentenceDrafts.length === 0 && article.published && occasions.length > 0) {
      const attended = attendedOccasion(text, actions.filter((a) => !isSpeech(a.kind)), occasions, article.published);
      const all = attended === null ? [] : (clauseCache ??= splitClauses(text));
      const clause = attended === null ? undefined : all.find((c) => isWithin(c, attended.action));
      if (attended !== null && clause !== undefined) {
        const { action, occasion } = attended;
        const who = participantsOf(text, action, clause, all, people, previous);
        const clauseText = all.filter((c) => c.id === clause.id).map((c) => text.slice(c.start, c.end)).join(' ');
        sentenceDrafts.push({
          sentence, date: occasion.date, precision: occasion.precision, endDate: occasion.endDate, action, clauseText,
          participants: who, subjects: subjectsOf(text, people, who, action), dateline,
        });
      }
    }

    for (const d of sentenceDrafts) {
      if (isSpeech(d.action.kind) && d.participants.length > 0) {
        lastStatement = { speakers: d.participants, date: d.date, precision: d.precision, index: sentence.index };
      }
    }
    drafts.push(...sentenceDrafts);
    const own = facts[sentence.index];
    if (sentenceDrafts.length > 0 && own !== undefined) facts[sentence.index] = { ...own, drafted: true };
  }

  return drafts.map((d) => toMention(article, withContinuation(d, facts)));
}

/** Two or more people the headline names, for the text's first "they"; none otherwise. */
function headlinePeople(article: Article): readonly string[] {
  const names = unique(findPeople(article.title, createPeopleContext(article.sentences.map((s) => s.text))).map((p) => p.name));
  return names.length >= 2 ? names : [];
}

function invitersIn(people: readonly PersonMention[], actions: readonly ActionMatch[]): string[] {
  const invite = actions.find((a) => a.kind === 'invite');
  return invite === undefined ? [] : unique(people.filter((p) => p.start < invite.start).map((p) => p.name));
}

/** A deed's later sentences may name more of who was there (see continuation.ts); a named speaker's words may not. */
function withContinuation(d: Draft, facts: readonly SentenceFacts[]): Draft {
  if (d.action.kind === 'accept' && /\binvitation\b/i.test(d.clauseText)) {
    const inviters = invitersBefore(facts, d.sentence.index).filter((n) => !d.participants.includes(n));
    // The one who accepts stays the subject: "Putin accepts", not "Putin and Xi accept".
    if (inviters.length > 0) return { ...d, participants: [...d.participants, ...inviters], subjects: d.subjects.length > 0 ? d.subjects : d.participants };
  }
  if (d.precision !== 'day' && d.precision !== 'month') return d;
  if (isSpeech(d.action.kind) && d.participants.length > 0) return d;
  const place = isSpeech(d.action.kind) || d.action.kind === 'call' ? null : findPlace(d.clauseText, d.action.text);
  const more = continuationPeople(facts, d.sentence.index, place).filter((n) => !d.participants.includes(n));
  return more.length === 0 ? d : { ...d, participants: [...d.participants, ...more] };
}

/**
 * The dateline place ingest took off the lead, when the article carries one. `Article` has no such field yet; the
 * ingest parser finds it (`Dateline.place`), so this reads it if a build of ingest passes it on as `dateline`.
 */
function datelineOf(article: Article): string | null {
  const raw = (article as Article & { readonly dateline?: unknown }).dateline;
  return typeof raw === 'string' ? datelineCity(raw) : null;
}

/** A deed of the story's own days (not a call, not a statement) happened where the dateline says, unless told otherwise. */
function datelinePlace(article: Article, d: Draft): string | null {
  if (d.dateline === null || d.precision !== 'day' || article.published === null) return null;
  if (isSpeech(d.action.kind) || d.action.kind === 'call') return null;
  return d.date >= addDays(article.published, -3) && d.date <= addDays(article.published, 3) ? d.dateline : null;
}

function toMention(article: Article, d: Draft): EventMention {
  // Where a statement was made is seldom said; a place named in it is usually what it is about.
  // Where a call was made from is not where it happened; the text seldom says either.
  const stated = isSpeech(d.action.kind) || d.action.kind === 'call' ? findStatedPlace(d.clauseText)
    : findPlace(d.clauseText, d.action.text) ?? (d.frameText === undefined ? null : findPlace(d.frameText));
  const dateline = datelinePlace(article, d);
  const place = stated === null ? dateline : narrowedByDateline(stated, dateline);
  const participants = addHost(d.participants, d.action.kind, place);
  const title = makeTitle({ kind: d.action.kind, participants, subjects: d.subjects, place, actionText: d.action.text, clauseText: d.clauseText });
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
    participants,
    ...(place !== null ? { place } : {}),
    citation: citationOf(article, d.sentence),
  };
}
