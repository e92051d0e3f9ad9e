/**
 * An article whose text gives no date of its own ("On December 1, the president will attend the G20 sessions") can
 * borrow its year from another article that dates the same occasion: a dated event on that day and month, told
 * under the same gathering's name (G20, BRICS, SCO…) in its headline or the sentences around it. Only when one year fits; otherwise it stays undated.
 */
import type { Article, IsoDate } from '../domain.js';
import { parseIsoDate, weekdayOnOrBefore, type IsoWeekday } from '../time/calendar.js';
import { tagArticle, type ArticleTimex } from '../time/tag-article.js';
import { extractEvents, type EventMention } from './extract-events.js';
import { anchoredMentions } from './borrow-by-anchor.js';
import { encounterReference } from './borrow-by-encounter.js';
import { weekendReference } from './borrow-by-weekend.js';
import { gatheringsIn, gatheringsNear, type GatheringSource } from './gatherings.js';

/** A dated article's events, its headline and sentences, to look the occasion up in. */
export interface DatedSource extends GatheringSource {
  readonly mentions: readonly EventMention[];
}

const MONTH_DAY = /^XXXX-(\d{2})-(\d{2})$/;
const WEEKDAY = /^XXXX-WXX-([1-7])$/;

/**
 * The reference day for an undated article, or null. The year comes from the one dated event that shares the day,
 * the month and a named gathering; a weekday the article names ("later on Friday") is its own day, the latest such
 * day on or before that date, else the date itself.
 */
export function borrowedReference(article: Article, timexes: readonly ArticleTimex[], sources: readonly DatedSource[]): IsoDate | null {
  if (article.published !== null) return null;
  const years = new Set<string>();
  let anchor: string | null = null;
  for (const t of timexes) {
    const m = MONTH_DAY.exec(t.value);
    const sentence = article.sentences[t.sentenceIndex];
    if (m === null || sentence === undefined) continue;
    const names = gatheringsIn(sentence.text);
    if (names.size === 0) continue;
    for (const source of sources) {
      if (source.file === article.file) continue;
      for (const mention of source.mentions) {
        if (mention.precision !== 'day' || mention.date.slice(5) !== `${m[1]}-${m[2]}`) continue;
        if (![...gatheringsNear(source, mention.sentenceIndex)].some((n) => names.has(n))) continue;
        years.add(mention.date.slice(0, 4));
        anchor = `${m[1]}-${m[2]}`;
      }
    }
  }
  if (years.size !== 1 || anchor === null) return null;
  const day = parseIsoDate(`${[...years][0]}-${anchor}`);
  if (day === null) return null;
  const weekday = timexes.map((t) => WEEKDAY.exec(t.value)?.[1]).find((w) => w !== undefined);
  return weekday === undefined ? day : weekdayOnOrBefore(day, Number(weekday) as IsoWeekday);
}

/** What borrowing changed: the undated articles it dated, and their mentions read against the borrowed day. */
export interface Borrowed {
  readonly replaced: ReadonlySet<string>;
  readonly mentions: readonly EventMention[];
}

/**
 * Re-reads each undated article against the day it borrows. The article itself stays undated (its citations say
 * so): only its events take the borrowed reference.
 */
export function borrowDates(articles: readonly Article[], analyses: ReadonlyMap<string, { readonly timexes: readonly ArticleTimex[]; readonly mentions: readonly EventMention[] }>): Borrowed {
  const sources: DatedSource[] = [];
  for (const a of articles) {
    const analysis = analyses.get(a.id);
    if (a.published !== null && analysis !== undefined) {
      sources.push({ file: a.file, title: a.title, sentences: a.sentences.map((s) => s.text), mentions: analysis.mentions });
    }
  }
  const replaced = new Set<string>();
  const mentions: EventMention[] = [];
  for (const a of articles) {
    const analysis = analyses.get(a.id);
    if (a.published !== null || analysis === undefined) continue;
    const reference = borrowedReference(a, analysis.timexes, sources) ?? encounterReference(a, analysis.timexes, sources)
      ?? weekendReference(a, analysis.timexes, sources);
    const undated = (m: EventMention): EventMention => ({ ...m, citation: { ...m.citation, published: null } });
    if (reference === null) {
      // Adds to what the article's full dates gave: only its yearless dates are read against the recalled occasion.
      for (const m of anchoredMentions(a, analysis.timexes, sources)) mentions.push(undated(m));
      continue;
    }
    const dated: Article = { ...a, published: reference, publishedInferred: true };
    replaced.add(a.id);
    for (const m of extractEvents(dated, tagArticle(dated))) mentions.push(undated(m));
  }
  return { replaced, mentions };
}
