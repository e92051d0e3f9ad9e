/**
 * An undated article that recalls by month alone a one-time occasion another article dates ("In March, Lena Marsh paid
 * her first state visit to Oslo") was written in the year after it: the occasion's year dates the article's own yearless
 * dates that are still ahead of it ("the two will meet at the summit scheduled for Sept. 5 to 6"). Only those are kept.
 * A yearless past date may lie on either side of the recalled occasion, and a relative one ("next month", "on
 * Thursday") needs the writer's own day, which stays unknown.
 */
import type { Article, IsoDate } from '../domain.js';
import { parseIsoDate } from '../time/calendar.js';
import { detectTense } from '../time/detect-tense.js';
import { tagArticle, type ArticleTimex } from '../time/tag-article.js';
import { FAMILY_OF, findActions, type ActionFamily } from './action-lexicon.js';
import { extractEvents, toEventDate, type EventMention } from './extract-events.js';
import { findPlace } from './find-place.js';
import { createPeopleContext, findPeople } from './people.js';

type Sources = readonly { readonly file: string; readonly mentions: readonly EventMention[] }[];

const YEARLESS = /^XXXX-(\d{2})(?:-(\d{2}))?$/;
const ONE_TIME = /\b(?:first|maiden|inaugural|debut)\b/i;
const RECALLED: ReadonlySet<ActionFamily> = new Set(['encounter', 'visit', 'attend']);

interface Recalled {
  readonly month: string;
  readonly day: string | undefined;
  readonly families: ReadonlySet<ActionFamily>;
  readonly people: readonly string[];
  readonly place: string | null;
}

/** A past deed by a named person that the article dates by month (and day) but no year. */
function recalledOccasion(article: Article, t: ArticleTimex, people: readonly string[]): Recalled | null {
  const m = YEARLESS.exec(t.value);
  const sentence = article.sentences[t.sentenceIndex];
  if (m?.[1] === undefined || sentence === undefined || people.length === 0) return null;
  const start = t.offset - sentence.offset;
  if (detectTense(sentence.text, start, start + t.text.length) !== 'past') return null;
  // Only a one-time occasion: "the July visit of the Chinese leader to Moscow" matched another year's July visit in a
  // fresh folder and gave the article a wrong year; "his first state visit as president" can be no other.
  if (!ONE_TIME.test(sentence.text)) return null;
  const actions = findActions(sentence.text).filter((a) => RECALLED.has(FAMILY_OF[a.kind]));
  const first = actions[0];
  if (first === undefined) return null;
  return {
    month: m[1], day: m[2], people,
    families: new Set(actions.map((a) => FAMILY_OF[a.kind])),
    place: findPlace(sentence.text, first.text),
  };
}

function matches(recalled: Recalled, m: EventMention): boolean {
  if (m.precision !== 'day' && m.precision !== 'month') return false;
  if (m.date.slice(5, 7) !== recalled.month || (recalled.day !== undefined && m.date.slice(8, 10) !== recalled.day)) return false;
  if (!recalled.families.has(FAMILY_OF[m.action]) || !m.participants.some((p) => recalled.people.includes(p))) return false;
  return recalled.place === null || m.place === recalled.place;
}

interface Dated {
  readonly file: string;
  readonly mention: EventMention;
}

/** The dated articles' day- and month-precise mentions by month ("03"), built once per set of sources. */
const indexes = new WeakMap<Sources, Map<string, Dated[]>>();

function mentionsByMonth(sources: Sources): Map<string, Dated[]> {
  const known = indexes.get(sources);
  if (known !== undefined) return known;
  const index = new Map<string, Dated[]>();
  for (const source of sources) {
    for (const mention of source.mentions) {
      if (mention.precision !== 'day' && mention.precision !== 'month') continue;
      const month = mention.date.slice(5, 7);
      const list = index.get(month);
      if (list) list.push({ file: source.file, mention });
      else index.set(month, [{ file: source.file, mention }]);
    }
  }
  indexes.set(sources, index);
  return index;
}

/** The day of the one dated occasion the article recalls, when the dated articles give exactly one year for it. */
export function anchorDay(article: Article, timexes: readonly ArticleTimex[], sources: Sources): IsoDate | null {
  if (article.published !== null) return null;
  const context = createPeopleContext(article.sentences.map((s) => s.text));
  const days = new Set<string>();
  for (const t of timexes) {
    const sentence = article.sentences[t.sentenceIndex];
    if (sentence === undefined || !YEARLESS.test(t.value)) continue;
    const recalled = recalledOccasion(article, t, [...new Set(findPeople(sentence.text, context).map((p) => p.name))]);
    if (recalled === null) continue;
    for (const { file, mention } of mentionsByMonth(sources).get(recalled.month) ?? []) {
      if (file !== article.file && matches(recalled, mention)) days.add(mention.date);
    }
  }
  const years = new Set([...days].map((d) => d.slice(0, 4)));
  if (years.size !== 1) return null;
  const earliest = [...days].sort()[0];
  return earliest === undefined ? null : parseIsoDate(earliest.length === 7 ? `${earliest}-01` : earliest);
}

/**
 * The article's mentions read against the recalled occasion's day, keeping those dated by a yearless date of the
 * article's own that falls after that day; none when the article recalls no dated occasion.
 */
export function anchoredMentions(article: Article, timexes: readonly ArticleTimex[], sources: Sources): EventMention[] {
  const anchor = anchorDay(article, timexes, sources);
  if (anchor === null) return [];
  const dated: Article = { ...article, published: anchor, publishedInferred: true };
  const reread = tagArticle(dated);
  const yearless = new Set(timexes.filter((t) => YEARLESS.test(t.value)).map((t) => t.offset));
  const allowed = new Set<string>();
  for (const t of reread) {
    const date = yearless.has(t.offset) ? toEventDate(t.value) : null;
    if (date !== null && date.date > anchor) allowed.add(`${t.sentenceIndex}|${date.date}`);
  }
  return extractEvents(dated, reread).filter((m) => allowed.has(`${m.sentenceIndex}|${m.date}`));
}
