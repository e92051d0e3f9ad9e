/**
 * An undated report written on the eve of a weekend gathering ("Putin is in Tokyo for a weekend summit of the G20,
 * but met Xi on Friday") is dated by the one weekend another article dates that gathering on: its news day is the
 * Friday before it. Nothing is borrowed when the article names no weekday to anchor, or when two weekends fit.
 */
import type { Article, IsoDate } from '../domain.js';
import { addDays, parseIsoDate, weekdayOf } from '../time/calendar.js';
import type { ArticleTimex } from '../time/tag-article.js';
import type { EventMention } from './extract-events.js';
import { gatheringsIn, gatheringsNear, type GatheringSource } from './gatherings.js';

const WEEKDAY = /^XXXX-WXX-[1-7]$/;
const SATURDAY = 6;
const SUNDAY = 7;
const GATHERING_NOUN = String.raw`(?:summit|forum|conference|meeting|gathering|congress|session)s?`;
/**
 * A weekend gathering still ahead of the writer: "in Tokyo for a weekend summit", "ahead of this weekend's forum",
 * "will attend the weekend conference". A past "at a weekend summit" may be written any day after it, so it never counts.
 */
const UPCOMING_WEEKEND = new RegExp(
  String.raw`\b(?:for|ahead\s+of|before|attend|attends|attending)\s+(?:a|the|this)\s+weekend(?:['’]s)?\s+${GATHERING_NOUN}\b`,
  'i',
);

type Sources = readonly (GatheringSource & { readonly mentions: readonly EventMention[] })[];

/** The Saturday of the weekend a dated mention falls on, or null for a weekday or a coarser date. */
function saturdayOf(mention: EventMention): IsoDate | null {
  const day = mention.precision === 'day' ? parseIsoDate(mention.date) : null;
  if (day === null) return null;
  const weekday = weekdayOf(day);
  return weekday === SATURDAY ? day : weekday === SUNDAY ? addDays(day, -1) : null;
}

export function weekendReference(article: Article, timexes: readonly ArticleTimex[], sources: Sources): IsoDate | null {
  if (article.published !== null || !timexes.some((t) => WEEKDAY.test(t.value))) return null;
  const names = new Set<string>();
  for (const sentence of article.sentences) {
    if (UPCOMING_WEEKEND.test(sentence.text)) for (const n of gatheringsIn(sentence.text)) names.add(n);
  }
  if (names.size === 0) return null;
  const saturdays = new Set<IsoDate>();
  for (const source of sources) {
    if (source.file === article.file) continue;
    for (const mention of source.mentions) {
      const saturday = saturdayOf(mention);
      if (saturday !== null && [...gatheringsNear(source, mention.sentenceIndex)].some((n) => names.has(n))) saturdays.add(saturday);
    }
  }
  const saturday = saturdays.size === 1 ? [...saturdays][0] : undefined;
  return saturday === undefined ? null : addDays(saturday, -1);
}
