/**
 * An undated report of an encounter between the two principals on a named weekday ("Xi spoke with Putin by phone on
 * Thursday") is the one dated report of such an encounter on that weekday in the weeks after the latest full date the
 * article itself gives as past ("their call of Dec. 31 last year"): the article borrows that day. Nothing is borrowed when no
 * full date bounds the article from below, or when more than one dated encounter fits.
 */
import type { Article, IsoDate } from '../domain.js';
import { daysBetween, parseIsoDate, weekdayOf } from '../time/calendar.js';
import { detectTense } from '../time/detect-tense.js';
import type { ArticleTimex } from '../time/tag-article.js';
import { FAMILY_OF, findActions, type ActionFamily } from './action-lexicon.js';
import type { EventMention } from './extract-events.js';
import { findPeople, PUTIN, XI } from './people.js';

/** How long after the latest date it mentions an undated article may still be reporting its own news. */
export const ENCOUNTER_WINDOW_DAYS = 92;

const WEEKDAY = /^XXXX-WXX-([1-7])$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENCOUNTERS: ReadonlySet<ActionFamily> = new Set(['encounter', 'visit']);

function isCentral(names: readonly string[]): boolean {
  return names.includes(XI) && names.includes(PUTIN);
}

/** The encounter families of a sentence that names both principals, else none. */
function encounterFamilies(text: string): Set<ActionFamily> {
  const families = new Set<ActionFamily>();
  for (const a of findActions(text)) if (ENCOUNTERS.has(FAMILY_OF[a.kind])) families.add(FAMILY_OF[a.kind]);
  if (families.size === 0 || !isCentral(findPeople(text).map((p) => p.name))) families.clear();
  return families;
}

/** A date the writer still looks forward to ("will visit on May 20, 2031") does not bound the article's day from below. */
function isAhead(article: Article, t: ArticleTimex): boolean {
  const sentence = article.sentences[t.sentenceIndex];
  if (sentence === undefined) return false;
  const start = t.offset - sentence.offset;
  return detectTense(sentence.text, start, start + t.text.length) === 'future';
}

type Sources = readonly { readonly file: string; readonly mentions: readonly EventMention[] }[];

interface Encounter {
  readonly file: string;
  readonly day: IsoDate;
  readonly family: ActionFamily;
}

/** The dated articles' central encounters by weekday, built once per set of sources: each undated article looks up one weekday. */
const indexes = new WeakMap<Sources, Map<number, Encounter[]>>();

function encountersByWeekday(sources: Sources): Map<number, Encounter[]> {
  const known = indexes.get(sources);
  if (known !== undefined) return known;
  const index = new Map<number, Encounter[]>();
  for (const source of sources) {
    for (const m of source.mentions) {
      const day = m.precision === 'day' ? parseIsoDate(m.date) : null;
      const family = FAMILY_OF[m.action];
      if (day === null || !ENCOUNTERS.has(family) || !isCentral(m.participants)) continue;
      const list = index.get(weekdayOf(day));
      const encounter = { file: source.file, day, family };
      if (list) list.push(encounter);
      else index.set(weekdayOf(day), [encounter]);
    }
  }
  indexes.set(sources, index);
  return index;
}

export function encounterReference(article: Article, timexes: readonly ArticleTimex[], sources: Sources): IsoDate | null {
  if (article.published !== null) return null;
  let latest: IsoDate | null = null;
  for (const t of timexes) {
    const day = FULL_DATE.test(t.value) ? parseIsoDate(t.value) : null;
    if (day !== null && !isAhead(article, t) && (latest === null || day > latest)) latest = day;
  }
  if (latest === null) return null;
  const fits = new Set<IsoDate>();
  for (const t of timexes) {
    const weekday = WEEKDAY.exec(t.value)?.[1];
    const sentence = article.sentences[t.sentenceIndex];
    if (weekday === undefined || sentence === undefined) continue;
    const families = encounterFamilies(sentence.text);
    if (families.size === 0) continue;
    for (const e of encountersByWeekday(sources).get(Number(weekday)) ?? []) {
      if (e.file === article.file || !families.has(e.family)) continue;
      const gap = daysBetween(latest, e.day);
      if (gap > 0 && gap <= ENCOUNTER_WINDOW_DAYS) fits.add(e.day);
    }
  }
  return fits.size === 1 ? ([...fits][0] ?? null) : null;
}
