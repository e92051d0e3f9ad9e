/**
 * A named occasion dated once in an article dates every mention of going to it there: "Lena Marsh has accepted an
 * invitation to attend the Harbin Ice Festival. … Tickets for the Harbin Ice Festival in January sold out." A
 * sentence with no date of its own that attends or visits the occasion by name takes the date given after its name.
 */
import type { Article, Precision } from '../domain.js';
import type { ArticleTimex } from '../time/tag-article.js';
import type { ActionMatch } from './action-lexicon.js';
import { FAMILY_OF } from './action-lexicon.js';

export interface OccasionDate {
  readonly name: string;
  readonly date: string;
  readonly precision: Precision;
  /** The last day of an occasion dated as a span ("runs June 6-7"). */
  readonly endDate?: string;
}

/** "June 6-7", "3 to 5 September": the day that ends a span starting at `t`, when the next expression closes it. */
function spanEnd(t: ArticleTimex, next: ArticleTimex | undefined, text: string, sentenceOffset: number): string | undefined {
  if (next === undefined || next.sentenceIndex !== t.sentenceIndex || !/^\d{4}-\d{2}-\d{2}$/.test(next.value) || next.value <= t.value) return undefined;
  const between = text.slice(t.offset + t.text.length - sentenceOffset, next.offset - sentenceOffset);
  return /^\s*(?:-|–|to|through|until)\s*$/.test(between) ? next.value : undefined;
}

/** Kinds of occasion a name may end in: "the Winter Olympics", "the Eastern Economic Forum", "the Canton Fair". */
const OCCASION_HEAD = String.raw`(?:Olympics|Games|Expo|Forum|Summit|Congress|Festival|Fair|Cup|Championships?|Conference|Assembly|Dialogue|Parade|Exhibition)`;
/** When it is held, said in a relative clause: "the Economic Forum, which runs June 6-7", "…, which will take place on". */
const HELD_VERB = String.raw`(?:runs?|takes?\s+place|is\s+held|be\s+held|is\s+scheduled|be\s+scheduled|opens?|starts?|begins?|is\s+set)`;
const WHICH_IS_HELD = String.raw`,\s*(?:which|that)\s+(?:(?:will|is\s+to|is\s+due\s+to)\s+)?${HELD_VERB}(?:\s+for)?`;
/** "…, held from", "…, scheduled for". */
const HELD = String.raw`,\s*(?:held|scheduled|set)(?:\s+for)?`;
/** A capitalised name ending in an occasion head, right before the words that date it: "Winter Olympics in ". */
const TO_ITS_DATE = String.raw`(?:\s+(?:in|on|from)|(?:${WHICH_IS_HELD}|${HELD})(?:\s+(?:in|on|from))?)\s+$`;
const NAME_BEFORE_DATE = new RegExp(String.raw`((?:\p{Lu}[\p{L}’'.-]*\s+){0,4}${OCCASION_HEAD})${TO_ITS_DATE}`, 'u');
const MONTH_OR_DAY = /^(\d{4}-\d{2})(-\d{2})?$/;
/** Going to it later: "to attend", "will visit", "plans to go to", "will include a visit". */
const AHEAD = /\b(?:to|will|would|shall)\s+(?:[\w’'-]+\s+){0,2}$/i;
/** How far after the deed the occasion's name may start: "to attend Beijing’s Winter Olympics". */
const OBJECT_REACH = 40;

/** Month- or day-dated occasions, by the name written right before their date; a name dated twice differently is dropped. */
export function occasionDates(article: Article, timexes: readonly ArticleTimex[]): readonly OccasionDate[] {
  const found = new Map<string, OccasionDate | null>();
  timexes.forEach((t, i) => {
    const value = MONTH_OR_DAY.exec(t.value);
    const sentence = article.sentences[t.sentenceIndex];
    if (value === null || sentence === undefined) return;
    const name = NAME_BEFORE_DATE.exec(sentence.text.slice(0, t.offset - sentence.offset))?.[1]?.replace(/^The\s+/, '');
    if (name === undefined) return;
    const precision = value[2] === undefined ? 'month' : 'day';
    const endDate = precision === 'day' ? spanEnd(t, timexes[i + 1], sentence.text, sentence.offset) : undefined;
    const dated: OccasionDate = { name, date: t.value, precision, ...(endDate !== undefined ? { endDate } : {}) };
    const known = found.get(name);
    found.set(name, known === undefined || (known !== null && known.date === dated.date) ? dated : null);
  });
  return [...found.values()].filter((o): o is OccasionDate => o !== null);
}

/**
 * The attend or visit deed of a sentence whose object is one of the dated occasions, with that occasion. A deed told
 * as ahead ("to attend") takes only a date on or after the article's month, one told as done only a date before it.
 */
export function attendedOccasion(text: string, actions: readonly ActionMatch[], occasions: readonly OccasionDate[], published: string): { action: ActionMatch; occasion: OccasionDate } | null {
  for (const action of actions) {
    const family = FAMILY_OF[action.kind];
    if (family !== 'attend' && family !== 'visit') continue;
    const after = text.slice(action.end, action.end + OBJECT_REACH + 40);
    const ahead = AHEAD.test(text.slice(Math.max(0, action.start - 20), action.start));
    for (const occasion of occasions) {
      const at = after.indexOf(occasion.name);
      if (at < 0 || at > OBJECT_REACH) continue;
      const month = occasion.date.slice(0, 7);
      if (ahead ? month < published.slice(0, 7) : occasion.date > published) continue;
      return { action, occasion };
    }
  }
  return null;
}
