/**
 * A plan made in the past points forward: "the two leaders arranged to meet in late August" in a June article means the
 * August to come. When a plan verb governs the deed and its date is a month or day written without a year, a date the
 * tagger put before the article's own day is moved on by one year. (The tagger reads most plan verbs this way already;
 * this catches the ones it does not, and never moves a date the text gives with its year or a relative one.)
 */
import type { Precision } from '../domain.js';

const PLAN_BEFORE = /\b(?:arranged|agreed|planned|plans|decided|promised|pledged|vowed|expected|scheduled|set|due|hope[sd]?|intend(?:s|ed)?|prepar(?:ed|ing))\s+to\s+$/i;
const MONTH_NAME = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?/;
const RELATIVE = /\b(?:\d{4}|next|last|this|ago|previous|coming|following|past)\b/i;

export function isPlanned(text: string, actionStart: number): boolean {
  return PLAN_BEFORE.test(text.slice(Math.max(0, actionStart - 30), actionStart));
}

/** The date a plan's year-less month or day stands for, relative to the article's day. */
export function plannedDate(date: string, precision: Precision, written: string, published: string | null): string {
  if (published === null || (precision !== 'month' && precision !== 'day')) return date;
  if (!MONTH_NAME.test(written) || RELATIVE.test(written)) return date;
  if (date >= published.slice(0, precision === 'month' ? 7 : 10)) return date;
  return `${String(Number(date.slice(0, 4)) + 1)}${date.slice(4)}`;
}
