/**
 * The tagger's rules as data, HeidelTime-style: each rule is a precompiled pattern plus a normalisation function that
 * turns a match into zero or more candidate timexes. `find-timexes.ts` runs them all and keeps the longest
 * non-overlapping candidates. Patterns are built from shared fragments so every rule spells months and numbers alike.
 */
import type { IsoDate, TimexMod, TimexType } from '../domain.js';
import type { IsoWeekday } from './calendar.js';
import { formatYear, formatYearMonth, isoWeekOf, toCalendarDate } from './calendar.js';
import type { Tense } from './detect-tense.js';
import {
  DURATION_MODS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, POSITION_MODS, SEASONS, VAGUE_UNIT_VALUES, WEEKDAYS,
  type UnitName,
} from './lexicon.js';
import {
  directionFromTense, durationValue, fullDate, resolveMonth, resolveMonthDay, resolveWeekday, shiftedUnitValue,
  yearForMonthDay, type CalendarUnit, type Direction,
} from './resolve-timex.js';

export interface RuleContext {
  readonly text: string;
  readonly dct: IsoDate | null;
  tenseAt(start: number, end: number): Tense;
}

/** A value that depends on the other timexes of the same text, filled in after overlaps are settled. */
export type AnchorRequest =
  | { readonly kind: 'same'; readonly unit: 'day' | 'month' | 'year'; readonly offset: number; readonly orDuration?: { readonly end: number; readonly value: string } }
  | { readonly kind: 'time'; readonly suffix: string };

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** The value, or the fallback when `anchor` finds nothing to lean on. */
  readonly value: string;
  readonly mod?: TimexMod;
  readonly anchor?: AnchorRequest;
  /** Breaks ties between candidates of equal length: higher wins. */
  readonly priority: number;
  /** Claims its span so that no shorter reading of it survives, and is itself dropped from the output. */
  readonly suppress?: boolean;
}

/**
 * Cheap tests a text must pass before a rule's pattern runs at all: most sentences have no digit, no month name, no
 * weekday, so most rules are skipped. Each gate runs at most once per text.
 */
export const GATES = {
  digit: /\d/,
  month: /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/,
  weekday: /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/,
  unit: /\b(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)/i,
  pluralUnit: /\b(?:day|week|month|year|decade|hour|minute)s\b|centuries/i,
  relativeUnit: /\b(?:last|next|this|coming|past|current)\s+(?:week|month|year|quarter|decade|century)/i,
  anaphoric: /\b(?:same|previous|following|next|that)\s+(?:day|month|year|morning|afternoon|evening|night)\b/i,
  ago: /\b(?:ago|earlier|later|from\s+now|hence)\b/i,
  half: /\bhalf\b/i,
  quarter: /\b(?:quarter|half)\b/i,
  century: /centur/i,
  decade: /\d0s\b/,
  of: /\sof\s/,
  season: /spring|summer|autumn|fall|winter/i,
  reference: /\b(?:now|nowadays|these\s+days|present|recently|past|those\s+days|lately|future|coming\s+years|years\s+to\s+come|currently|soon)\b/i,
  deictic: /\b(?:today|tonight|yesterday|tomorrow|(?:this|last)\s+(?:morning|afternoon|evening|night)|the\s+day\s+(?:before|after))/i,
  weekend: /\bweekend\b/i,
  holiday: /New Year|Christmas|Valentine|Halloween|May Day|Victory Day/,
  clock: /\d\s?(?:a\.m|p\.m|am\b|pm\b|AM\b|PM\b)|\bnoon\b|\bmidnight\b|\bmidday\b|\d:\d\d/,
  set: /\b(?:every|each|annually|yearly|daily|weekly|monthly|quarterly|nightly|hourly|per)\b/i,
} as const satisfies Record<string, RegExp>;

export type GateName = keyof typeof GATES;

/** Stands for "the text has an ASCII digit" in `GATE_KEYWORDS`. */
export const DIGIT_KEYWORD = '#digit';

/**
 * What each gate needs, as lower-case keywords: groups that must all be met, each by any one of its keywords occurring
 * in the text (case-insensitively). One scan for all keywords then rules out most gates before their regex runs; a
 * gate whose groups are met still runs its regex, so this only has to be implied by the gate, never equal to it.
 * Keep each keyword a literal piece of every text its gate accepts (test/time/rules.test.ts checks texts made from the gates).
 */
export const GATE_KEYWORDS = {
  digit: [[DIGIT_KEYWORD]],
  month: [['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']],
  weekday: [['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']],
  unit: [['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'quarter', 'year', 'decade', 'centur']],
  pluralUnit: [['days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes', 'centuries']],
  relativeUnit: [['last', 'next', 'this', 'coming', 'past', 'current'], ['week', 'month', 'year', 'quarter', 'decade', 'century']],
  anaphoric: [['same', 'previous', 'following', 'next', 'that'], ['day', 'month', 'year', 'morning', 'afternoon', 'evening', 'night']],
  ago: [['ago', 'earlier', 'later', 'now', 'hence']],
  half: [['half']],
  quarter: [['quarter', 'half']],
  century: [['centur']],
  decade: [['0s']],
  of: [['of']],
  season: [['spring', 'summer', 'autumn', 'fall', 'winter']],
  reference: [['now', 'these', 'present', 'recently', 'past', 'those', 'lately', 'future', 'coming', 'years', 'currently', 'soon']],
  deictic: [['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night', 'before', 'after']],
  weekend: [['weekend']],
  holiday: [['new year', 'christmas', 'valentine', 'halloween', 'may day', 'victory day']],
  // A digit and an am/pm or colon, or a named time: (digit or named) and (marker or named).
  clock: [[DIGIT_KEYWORD, 'noon', 'midnight', 'midday'], ['am', 'pm', 'a.m', 'p.m', ':', 'noon', 'midnight', 'midday']],
  set: [['every', 'each', 'annually', 'yearly', 'daily', 'weekly', 'monthly', 'quarterly', 'nightly', 'hourly', 'per']],
} as const satisfies Record<GateName, readonly (readonly string[])[]>;

export interface TimexRule {
  readonly name: string;
  /** Every gate must pass for the pattern to run. */
  readonly gates: readonly GateName[];
  readonly pattern: RegExp;
  /**
   * Characters the pattern cannot match without (any one of them): a rule gated only by a digit runs on most dated
   * sentences, and a plain `includes` first spares it the regex where, say, no hyphen could join an ISO date.
   */
  readonly needsChar?: readonly string[];
  readonly normalize: (m: RegExpExecArray, ctx: RuleContext) => Candidate | readonly Candidate[] | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Pattern fragments

/** `[Ll]ast`: modifiers may open a sentence, month and day names are always capitalised. */
const cap = (word: string): string => `[${word[0]?.toUpperCase() ?? ''}${word[0] ?? ''}]${word.slice(1)}`;
const anyOf = (words: readonly string[]): string => words.map(cap).join('|');

const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d|21\d\d)`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const PART_OF_DAY = 'morning|afternoon|evening|night';
const SMALL_NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A count: digits, number words ("twenty-five", "four and a half"), or vague quantities ("a few", "several"). */
const COUNT = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d{1,3})(?:\.\d+)?|(?:${TENS})(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL_NUMBER}|a\s+couple\s+of|a\s+few|a\s+dozen|a\s+hundred|a\s+half|few|several|many|dozens\s+of|hundreds\s+of|couple\s+of|an?)(?:\s+and\s+a\s+half|\s+1/2|½)?`;
const UNIT = String.raw`(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries)`;

const rx = (source: string, flags = ''): RegExp => new RegExp(source, `g${flags}`);

// ---------------------------------------------------------------------------------------------------------------
// Helpers used by the normalisation functions

const monthOf = (word: string): number => (MONTHS as Record<string, number>)[word.replace('.', '').toLowerCase()] ?? 0;
const dayOf = (word: string): number => Number.parseInt(word, 10);

function positionMod(m: RegExpExecArray): TimexMod | undefined {
  const word = (m.groups?.['pos'] ?? m.groups?.['posPhrase'])?.toLowerCase().replace(/\s+/g, ' ');
  if (word === undefined) return undefined;
  const key = word === 'the turn of' ? 'the beginning of' : word === 'the close of' ? 'the end of' : word;
  return (POSITION_MODS as Record<string, TimexMod | undefined>)[key];
}

const SPACE = /\s/;
/** `/\s/` at one index, without a regex call for the ASCII characters. */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}

const POSITION_BEFORE = /(?:\b(?:[Tt]he\s+)?([Ee]arly|[Mm]id|[Ll]ate)(?:-|\s+)|\b([Tt]he\s+(?:beginning|start|middle|end|turn|close)\s+of\s+))$/;

/** "early", "mid-", "the end of" just before `start`: where the extended span starts and the `mod` it carries. */
function positionBefore(text: string, start: number): { readonly start: number; readonly mod: TimexMod } | null {
  // Prefilter (this runs for most dates and years): every reading ends in "early", "mid", "late" or "of" and then a
  // hyphen or spaces, so the letter before those must be y, d, e or f.
  let j = start - 1;
  if (text.charCodeAt(j) === 45) j--;
  else {
    if (!isSpaceAt(text, j)) return null;
    while (j > 0 && isSpaceAt(text, j - 1)) j--;
    j--;
  }
  const letter = text.charCodeAt(j);
  if (letter !== 121 && letter !== 100 && letter !== 101 && letter !== 102) return null;
  const window = text.slice(Math.max(0, start - 30), start);
  const m = POSITION_BEFORE.exec(window);
  if (!m) return null;
  const raw = (m[1] ?? m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const key = raw === 'the turn of' ? 'the beginning of' : raw === 'the close of' ? 'the end of' : raw;
  const mod = (POSITION_MODS as Record<string, TimexMod | undefined>)[key];
  return mod === undefined ? null : { start: start - m[0].length, mod };
}

function candidate(start: number, end: number, type: TimexType, value: string, extra: { mod?: TimexMod | undefined; anchor?: AnchorRequest; priority?: number } = {}): Candidate {
  const base = { start, end, type, value, priority: extra.priority ?? 0 };
  const withMod = extra.mod === undefined ? base : { ...base, mod: extra.mod };
  return extra.anchor === undefined ? withMod : { ...withMod, anchor: extra.anchor };
}

/** The whole match, extended backwards over a position modifier ("early 2022", "the end of March") when there is one. */
function positioned(m: RegExpExecArray, text: string, type: TimexType, value: string): Candidate {
  const p = positionBefore(text, m.index);
  return p === null ? whole(m, type, value) : candidate(p.start, m.index + m[0].length, type, value, { mod: p.mod });
}

const whole = (m: RegExpExecArray, type: TimexType, value: string, extra: Parameters<typeof candidate>[4] = {}): Candidate =>
  candidate(m.index, m.index + m[0].length, type, value, extra);

/** Parses COUNT text to a number; `null` for vague quantities ("a few", "several"). */
export function parseCount(raw: string): number | null {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const halfSuffix = /(?: and a half| 1\/2|½)$/.exec(text)?.[0] ?? '';
  const half = halfSuffix === '' ? 0 : 0.5;
  const core = text.slice(0, text.length - halfSuffix.length).trim();
  if (/^\d/.test(core)) return Number(core.replace(/,/g, '')) + half;
  if (core === 'a half') return 0.5;
  if (/^(?:a few|few|several|many|dozens of|hundreds of)$/.test(core)) return null;
  if (core === 'a couple of' || core === 'couple of') return 2 + half;
  if (core === 'a dozen') return 12 + half;
  if (core === 'a hundred') return 100 + half;
  let total = 0;
  for (const part of core.split(/[-\s]/)) {
    const n = (NUMBER_WORDS as Record<string, number | undefined>)[part];
    if (n === undefined) return null;
    total += n;
  }
  return total + half;
}

const unitOf = (word: string): UnitName => {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return (w.endsWith('s') ? w.slice(0, -1) : w) as UnitName;
};

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `[A-Za-z$€£¥\d.,%']`: the characters of a word for `wordBefore`, figures and amounts included. */
const isRunCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  || c === 36 || c === 46 || c === 44 || c === 37 || c === 39 || c === 0x20ac || c === 0xa3 || c === 0xa5;

/**
 * The word just before `index` in `text`, lower-cased, or '' at the start: what `/([A-Za-z$€£¥\d.,%']+)\W*$/` takes
 * from the 40 characters before `index`. Scanned by hand: that end-anchored regex retried every start position and
 * was a hot spot of tagging. The leftmost match is the run of word characters that reaches the trailing non-word
 * stretch, or, when none does (nothing but `_` or the window's start before that stretch), the first run inside it.
 */
function wordBefore(text: string, index: number): string {
  const lo = Math.max(0, index - 40);
  let tail = index;
  while (tail > lo && !isWordCode(text.charCodeAt(tail - 1))) tail--;
  let start: number;
  if (tail > lo && isRunCode(text.charCodeAt(tail - 1))) {
    start = tail - 1;
    while (start > lo && isRunCode(text.charCodeAt(start - 1))) start--;
  } else {
    start = tail;
    while (start < index && !isRunCode(text.charCodeAt(start))) start++;
    if (start === index) return '';
  }
  let end = start;
  while (end < index && isRunCode(text.charCodeAt(end))) end++;
  return text.slice(start, end).toLowerCase();
}

function wordAfter(text: string, index: number): string {
  const m = /^\s*([A-Za-z]+)/.exec(text.slice(index, index + 40));
  return m?.[1] ?? '';
}

/** True when only opening punctuation separates `index` from the start of the text or the end of a sentence. */
function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 12), index).replace(/[\s"'“‘(«—–-]+$/, '');
  return before.length === 0 ? index <= 12 || /[.!?:;\n]$/.test(text.slice(0, index).trimEnd()) : /[.!?:;\n]$/.test(before);
}

/** Words that may follow a bare year without making it a count ("2014 people" is a count; "in 2014 and" a year). */
const YEAR_FOLLOWERS: ReadonlySet<string> = new Set([
  'and', 'or', 'to', 'as', 'when', 'after', 'before', 'in', 'on', 'at', 'the', 'with', 'for', 'was', 'is', 'were', 'that',
  'but', 'through', 'until', 'till', 'while', 'where', 'which', 'who', 'amid', 'during', 'since', 'by', 'from', 'of', 'saw',
  'will', 'would', 'has', 'had', 'have', 'are', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'there', 'this', 'his',
  'her', 'their', 'its', 'respectively', 'onwards', 'onward', 'till', 'vs', 'versus', 'against', 'alone', 'so', 'than',
  'then', 'also', 'not', 'because', 'if', 'although', 'though', 'into', 'ahead', 'became', 'began', 'brought', 'came',
  'could', 'did', 'may', 'might', 'should', 'must', 'can', 'be', 'been', 'being', 'again', 'only', 'just', 'both',
  'nor', 'yet', 'even', 'under', 'among', 'about', 'around', 'via', 'despite', 'without', 'within', 'toward', 'towards',
  'compared', 'according', 'alongside', 'plus', 'amid', 'amidst', 'upon', 'whereas', 'unless', 'whether', 'what', 'how',
  'why', 'these', 'those', 'our', 'you', 'his', 'one', 'some', 'all', 'each', 'most', 'many', 'no', 'more', 'less',
  'election', 'elections', 'summit', 'olympics', 'games', 'crisis', 'war', 'visit', 'meeting', 'talks', 'agreement', 'treaty', 'deal',
]);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', "'s", 'whose']);

/** A bare four-digit number is a year only in a year-like context: not money, not a count of something. */
function yearContextOk(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  if (/[$€£¥#]\s?$/.test(before)) return false;
  const after = text.slice(end, end + 30);
  if (/^\s*(?:%|per\s?cent|percent|km|kg|mw|gw|bn|m\b|tonnes|tons|metres|meters|miles|hectares|yuan|rubles|roubles|dollars|euros|times|-year|-strong)/i.test(after)) return false;
  const next = wordAfter(text, end);
  // The next word must belong to the same phrase (no sentence punctuation in between) to count against the year.
  if (next === '' || !/^\s+[A-Za-z]/.test(after)) return true;
  if (next[0] !== next[0]?.toLowerCase()) return true;
  const lower = next.toLowerCase();
  if (YEAR_FOLLOWERS.has(lower) || /(?:ed|ly|ing)$/.test(lower)) return true;
  // "the 2019 outbreak", "China's 2022 budget": a year premodifying a noun after a determiner.
  const prevWord = wordBefore(text, start);
  return DETERMINERS.has(prevWord) || /'s$|’s$/.test(text.slice(Math.max(0, start - 3), start).trim());
}

/**
 * A weekday in a past report is the latest one on or before the DCT and a future one the next on or after; a present
 * tense ("the vote starts on Thursday") is a schedule, so the nearer one; no cue at all reads as a report (past).
 */
function weekdayDirection(tense: Tense): Direction {
  if (tense === 'present') return 'closest';
  return directionFromTense(tense, 'before');
}

function directionFor(ctx: RuleContext, start: number, end: number, fallback: Direction): Direction {
  return directionFromTense(ctx.tenseAt(start, end), fallback);
}

const HOLIDAYS = {
  "New Year's Day": [1, 1], "New Year's Eve": [12, 31], 'Christmas Day': [12, 25], 'Christmas Eve': [12, 24], Christmas: [12, 25],
  "Valentine's Day": [2, 14], Halloween: [10, 31], 'May Day': [5, 1], 'Victory Day': [5, 9],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * Russia's Victory Day is 9 May; China marks its victory over Japan on 3 September. The words around the name tell
 * which: "Victory Day parade in Beijing", "China's Victory Day", "the war against Japanese aggression".
 */
const CHINA_VICTORY_DAY = [9, 3] as const;
const CHINESE_SETTING = /\b(?:China|China['’]s|Chinese|Beijing|Tiananmen|Japan|Japanese|Japan['’]s|World\s+Anti-Fascist|Resistance\s+Against)\b/;
const RUSSIAN_SETTING = /\b(?:Russia|Russia['’]s|Russian|Moscow|Red\s+Square|Soviet|Nazi|Germany)\b/;

function chinaVictoryDay(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  return CHINESE_SETTING.test(near) && !RUSSIAN_SETTING.test(near);
}

const SEASON_START = { SP: 3, SU: 6, FA: 9, WI: 12 } as const satisfies Record<string, number>;

// ---------------------------------------------------------------------------------------------------------------
// The rules

export const TIMEX_RULES = [
  {
    name: 'iso-date',
    gates: ['digit'],
    needsChar: ['-'],
    pattern: rx(String.raw`\b(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\d)(?:T(?<hh>[01]\d|2[0-3]):(?<mm>[0-5]\d))?(?![\d-])`),
    normalize: (m) => {
      const g = m.groups ?? {};
      const date = fullDate(Number(g['y']), Number(g['m']), Number(g['d']));
      if (date === null) return null;
      return g['hh'] === undefined ? whole(m, 'DATE', date) : whole(m, 'TIME', `${date}T${g['hh']}:${g['mm']}`);
    },
  },
  {
    name: 'slash-ymd',
    gates: ['digit'],
    needsChar: ['/'],
    pattern: rx(String.raw`\b(?<y>${YEAR})/(?<m>0?[1-9]|1[0-2])/(?<d>[0-3]?\d)\b(?!/)`),
    normalize: (m) => {
      const g = m.groups ?? {};
      const date = fullDate(Number(g['y']), Number(g['m']), Number(g['d']));
      return date === null ? null : whole(m, 'DATE', date);
    },
  },
  {
    // 04/02/2022 is 4 February in most of the world and April 2 in the US. Decide only when the numbers do
    // (a part above 12 is the day); otherwise keep what is certain, the year. Without a year, "04/02" is refused.
    name: 'numeric-date',
    gates: ['digit'],
    pattern: rx(String.raw`(?<![\d/.])(?<a>[0-3]?\d)(?<sep>[/.])(?<b>[0-3]?\d)\k<sep>(?<y>${YEAR})\b(?![/.]\d)`),
    normalize: (m) => {
      const g = m.groups ?? {};
      const a = Number(g['a']);
      const b = Number(g['b']);
      const y = Number(g['y']);
      if (a === b || (a > 12 && b <= 12)) return mapNull(fullDate(y, b, a), (v) => whole(m, 'DATE', v));
      if (b > 12 && a <= 12) return mapNull(fullDate(y, a, b), (v) => whole(m, 'DATE', v));
      if (a > 31 || b > 31 || a === 0 || b === 0) return null;
      return whole(m, 'DATE', formatYear(y));
    },
  },
  {
    name: 'day-month-year',
    gates: ['digit', 'month'],
    pattern: rx(String.raw`\b(?<d>${DAY})(?:\s+of)?\s+(?<mon>${MONTH})(?:,?\s+(?<y>${YEAR}))?\b(?!\d)`),
    normalize: (m, ctx) => dayMonth(m, ctx),
  },
  {
    name: 'month-day-year',
    gates: ['digit', 'month'],
    pattern: rx(String.raw`\b(?<mon>${MONTH})\s+(?<d>${DAY})(?![\d:,.]\d)(?:,?\s+(?<y>${YEAR}))?\b(?!\s*(?:%|per\s?cent|percent))`),
    normalize: (m, ctx) => dayMonth(m, ctx),
  },
  {
    // "March 20-22", "March 20 to 22, 2023", "20–22 March": a range is two timexes; the second end borrows the month
    // (and year) of the first.
    name: 'day-range',
    gates: ['digit', 'month'],
    pattern: rx(String.raw`\b(?:(?<mon1>${MONTH})\s+(?<d1>${DAY})\s*(?:-|–|—|to|and|through)\s*(?<d2>${DAY})|(?<d3>${DAY})\s*(?:-|–|—|to|and)\s*(?<d4>${DAY})\s+(?:of\s+)?(?<mon2>${MONTH}))(?:,?\s+(?<y>${YEAR}))?\b(?![\d:,.]\d)`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const month = monthOf(g['mon1'] ?? g['mon2'] ?? '');
      const first = dayOf(g['d1'] ?? g['d3'] ?? '');
      const last = dayOf(g['d2'] ?? g['d4'] ?? '');
      if (month === 0 || last <= first) return null;
      const resolve = (day: number): string | null => {
        if (g['y'] !== undefined) return fullDate(Number(g['y']), month, day);
        return resolveMonthDay(ctx.dct, month, day, directionFor(ctx, m.index, m.index + m[0].length, 'closest'));
      };
      const a = resolve(first);
      const b = g['y'] === undefined && a !== null && ctx.dct !== null ? fullDate(Number(a.slice(0, 4)), month, last) : resolve(last);
      if (a === null || b === null) return null;
      const text = m[0];
      const end = m.index + text.length;
      if (g['mon1'] !== undefined) {
        // "March 20" … "22[, 2023]"
        const firstEnd = m.index + text.indexOf(g['d1'] ?? '', (g['mon1'] ?? '').length) + (g['d1'] ?? '').length;
        const secondStart = m.index + text.lastIndexOf(g['d2'] ?? '', g['y'] === undefined ? text.length : text.length - (g['y'] ?? '').length);
        return [candidate(m.index, firstEnd, 'DATE', a, { priority: 1 }), candidate(secondStart, end, 'DATE', b, { priority: 1 })];
      }
      // "20" … "22 March[ 2023]"
      const firstEnd = m.index + (g['d3'] ?? '').length;
      const secondStart = m.index + text.indexOf(g['d4'] ?? '', (g['d3'] ?? '').length);
      return [candidate(m.index, firstEnd, 'DATE', a, { priority: 1 }), candidate(secondStart, end, 'DATE', b, { priority: 1 })];
    },
  },
  {
    name: 'month-year',
    gates: ['digit', 'month'],
    pattern: rx(String.raw`\b(?<mon>${MONTH}),?\s+(?:of\s+)?(?<y>${YEAR})\b(?![\d,]\d)`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      return positioned(m, ctx.text, 'DATE', formatYearMonth(Number(g['y']), monthOf(g['mon'] ?? '')));
    },
  },
  {
    // "June", "mid-March", "last February", "February next year", "February of last year".
    name: 'month',
    gates: ['month'],
    pattern: rx(String.raw`(?:\b(?<rel>${anyOf(['last', 'next', 'this', 'coming', 'past'])})\s+)?\b(?<mon>${MONTH_FULL}|Sept\.|Sep\.|Dec\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.)(?:\s+(?:of\s+)?(?<yrel>next|last|this)\s+year)?(?![\w-]|\.\w)`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const monWord = g['mon'] ?? '';
      const month = monthOf(monWord);
      // "May" and "March" are also a modal/name and a verb/noun: take them only with a temporal word around.
      if ((monWord === 'May' || monWord === 'March') && g['rel'] === undefined && g['yrel'] === undefined && positionBefore(ctx.text, m.index) === null) {
        const prev = wordBefore(ctx.text, m.index);
        if (!/^(?:in|since|until|till|by|from|to|of|early|late|mid|last|next|this|through|during|before|after|between|and|or|until|throughout|on)$/.test(prev)) return null;
      }
      const yrel = g['yrel'];
      const rel = g['rel']?.toLowerCase();
      if (ctx.dct === null) return positioned(m, ctx.text, 'DATE', resolveMonth(null, month, 'closest'));
      const dctYear = toCalendarDate(ctx.dct).year;
      if (yrel !== undefined) {
        const year = dctYear + (yrel === 'next' ? 1 : yrel === 'last' ? -1 : 0);
        return positioned(m, ctx.text, 'DATE', formatYearMonth(year, month));
      }
      const direction: Direction = rel === 'last' || rel === 'past' ? 'strictly-before'
        : rel === 'next' || rel === 'coming' ? 'strictly-after'
          : rel === 'this' ? 'same-week'
            : directionFor(ctx, m.index, m.index + m[0].length, 'closest');
      if (direction === 'strictly-before' || direction === 'strictly-after') {
        const now = toCalendarDate(ctx.dct);
        const sameMonthShift = month === now.month ? (direction === 'strictly-before' ? -1 : 1) : 0;
        const year = sameMonthShift !== 0 ? now.year + sameMonthShift : yearForMonthDay(ctx.dct, month, null, direction);
        return positioned(m, ctx.text, 'DATE', formatYearMonth(year, month));
      }
      return positioned(m, ctx.text, 'DATE', resolveMonth(ctx.dct, month, direction));
    },
  },
  {
    name: 'year',
    gates: ['digit'],
    pattern: rx(String.raw`(?<![\w$€£¥#.,/'’])(?<y>${YEAR})(?![\w%]|,\d|\.\d|[-–/]\d)`),
    normalize: (m, ctx) => {
      const hasPosition = positionBefore(ctx.text, m.index) !== null;
      // After a hyphen only "mid-2021" is a year; "COVID-19"-like codes and "1998-2014" ranges are other rules' business.
      if (ctx.text[m.index - 1] === '-' && !hasPosition) return null;
      if (!hasPosition && !yearContextOk(ctx.text, m.index, m.index + m[0].length)) return null;
      return positioned(m, ctx.text, 'DATE', m.groups?.['y'] ?? '');
    },
  },
  {
    // "2015-2018", "2015–18", "2021/22": a range is two timexes, one per end.
    name: 'year-range',
    gates: ['digit'],
    needsChar: ['-', '–', '—', '/'],
    pattern: rx(String.raw`(?<![\w$€£¥#.,/-])(?<y1>${YEAR})\s?[-–—/]\s?(?<y2>${YEAR}|\d\d)(?![\w%-]|,\d|\.\d)`),
    normalize: (m) => {
      const g = m.groups ?? {};
      const y1 = g['y1'] ?? '';
      const y2raw = g['y2'] ?? '';
      const y2 = y2raw.length === 2 ? `${y1.slice(0, 2)}${y2raw}` : y2raw;
      if (Number(y2) <= Number(y1)) return null;
      const end = m.index + m[0].length;
      return [candidate(m.index, m.index + y1.length, 'DATE', y1), candidate(end - y2raw.length, end, 'DATE', y2)];
    },
  },
  {
    name: 'decade',
    gates: ['decade'],
    pattern: rx(String.raw`(?:\b${cap('the')}\s+)?(?:\b(?<dec>1[6-9]\d|20\d)0s|'(?<short>\d)0s)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      // "the 1800s" is a century; "the 1990s" a decade.
      const dec = g['dec'] ?? (g['short'] !== undefined ? `19${g['short']}` : '');
      const value = g['short'] === undefined && dec.endsWith('0') && Number(dec) < 200 ? dec.slice(0, 2) : dec;
      return positioned(m, ctx.text, 'DATE', value);
    },
  },
  {
    name: 'century',
    gates: ['century'],
    pattern: rx(String.raw`(?:\b${cap('the')}\s+)?\b(?<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)[-\s]century\b`, 'i'),
    normalize: (m, ctx) => {
      const raw = (m.groups?.['n'] ?? '').toLowerCase();
      const n = /^\d/.test(raw) ? Number.parseInt(raw, 10) : (ORDINALS as Record<string, number | undefined>)[raw];
      if (n === undefined || n < 1) return null;
      return positioned(m, ctx.text, 'DATE', String(n - 1).padStart(2, '0'));
    },
  },
  {
    name: 'quarter',
    gates: ['unit', 'quarter'],
    pattern: rx(String.raw`(?:\b${cap('the')}\s+(?<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?<unit>quarter|half)|\b(?<qa>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)-(?<unita>quarter|half))(?:\s+of\s+(?:(?<y>${YEAR})|(?<yrel>this|last|next|the)\s+year))?\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const raw = (g['q'] ?? g['qa'] ?? '').toLowerCase();
      const isHalf = (g['unit'] ?? g['unita']) === 'half';
      const n = /^\d/.test(raw) ? Number.parseInt(raw, 10) : (ORDINALS as Record<string, number>)[raw] ?? 0;
      const index = isHalf ? (n >= 2 ? 2 : 1) : n;
      let year: string;
      if (g['y'] !== undefined) year = g['y'];
      else if (ctx.dct === null) year = 'XXXX';
      else {
        const now = toCalendarDate(ctx.dct);
        let shift = g['yrel'] === 'last' ? -1 : g['yrel'] === 'next' ? 1 : 0;
        // A year-less quarter or half that has not begun yet, in a past-tense report, is last year's.
        const current = isHalf ? (now.month > 6 ? 2 : 1) : Math.floor((now.month - 1) / 3) + 1;
        if (g['yrel'] === undefined && index > current && ctx.tenseAt(m.index, m.index + m[0].length) === 'past') shift = -1;
        year = formatYear(now.year + shift);
      }
      return whole(m, 'DATE', `${year}-${isHalf ? 'H' : 'Q'}${index}`);
    },
  },
  {
    name: 'quarter-code',
    gates: ['digit'],
    needsChar: ['Q', 'H'],
    pattern: rx(String.raw`\b(?:Q(?<q1>[1-4])\s+(?<y1>${YEAR})|(?<y2>${YEAR})\s+Q(?<q2>[1-4])|(?<h>H[12])\s+(?<y3>${YEAR}))\b`),
    normalize: (m) => {
      const g = m.groups ?? {};
      if (g['h'] !== undefined) return whole(m, 'DATE', `${g['y3']}-${g['h']}`);
      return whole(m, 'DATE', `${g['y1'] ?? g['y2']}-Q${g['q1'] ?? g['q2']}`);
    },
  },
  {
    // "the first three quarters of 2021", "the first two months of the year": an anchored stretch, a DURATION.
    name: 'first-n-units-of',
    gates: ['unit', 'of'],
    pattern: rx(String.raw`\b${cap('the')}\s+(?:first|last|final|past)\s+(?<n>${COUNT})\s+(?<unit>${UNIT})s?\s+of\s+(?:(?<y>${YEAR})|(?:this|last|next|the)\s+(?:year|month|decade|century))\b`, 'i'),
    normalize: (m) => {
      const g = m.groups ?? {};
      const n = parseCount(g['n'] ?? '');
      const unit = unitOf(g['unit'] ?? '');
      return whole(m, 'DURATION', n === null ? VAGUE_UNIT_VALUES[unit] : durationValue(n, unit));
    },
  },
  {
    name: 'season',
    gates: ['season'],
    pattern: rx(String.raw`(?:\b(?<rel>${anyOf(['last', 'next', 'this', 'coming', 'past'])})\s+)?\b(?<s>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)(?:\s+(?:of\s+)?(?<y>${YEAR}))?\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const word = g['s'] ?? '';
      const code = (SEASONS as Record<string, string>)[word.toLowerCase()] ?? 'SU';
      const rel = g['rel']?.toLowerCase();
      const hasModifier = rel !== undefined || positionBefore(ctx.text, m.index) !== null;
      // A capitalised season is a name ("Winter Olympics") unless a year follows; "fall" is a verb unless modified.
      if (word[0] !== word[0]?.toLowerCase() && g['y'] === undefined && !isSentenceStart(ctx.text, m.index)) return null;
      const prev = wordBefore(ctx.text, m.index);
      const temporalPrev = /^(?:in|since|until|by|during|through|throughout|this|last|next|the|of|early|late|mid|before|after|over)$/.test(prev);
      if (g['y'] === undefined && !hasModifier && !temporalPrev) return null;
      if (word.toLowerCase() === 'fall' && g['y'] === undefined && !hasModifier && !/^(?:in|this|last|next|the|since|by|until|during)$/.test(prev)) return null;
      const after = wordAfter(ctx.text, m.index + m[0].length).toLowerCase();
      if (g['y'] === undefined && /^(?:olympics|olympic|games|paralympics|session|sports|palace|camp|wheat|crops?|clothes|solstice|storm|break|holidays?|months|fashion|collection|offensive)$/.test(after)) return null;
      if (g['y'] !== undefined) return positioned(m, ctx.text, 'DATE', `${g['y']}-${code}`);
      if (ctx.dct === null) return positioned(m, ctx.text, 'DATE', `XXXX-${code}`);
      const startMonth = SEASON_START[code as keyof typeof SEASON_START];
      const direction: Direction = rel === 'last' || rel === 'past' ? 'strictly-before' : rel === 'next' || rel === 'coming' ? 'strictly-after'
        : rel === 'this' ? 'same-week' : directionFor(ctx, m.index, m.index + m[0].length, 'closest');
      const year = yearForMonthDay(ctx.dct, startMonth, null, direction);
      return positioned(m, ctx.text, 'DATE', `${formatYear(year)}-${code}`);
    },
  },
  {
    name: 'weekday',
    gates: ['weekday'],
    pattern: rx(String.raw`(?:\b(?<rel>${anyOf(['last', 'next', 'this', 'coming', 'past'])})\s+)?\b(?<wd>${WEEKDAY})(?<plural>s)?(?:\s+(?<pod>${PART_OF_DAY}))?\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const prev = wordBefore(ctx.text, m.index);
      // Named days: "Black Friday", "Super Tuesday", "Bloody Sunday" are not the coming weekday.
      if (/^(?:black|good|cyber|super|bloody|easter|palm|ash|holy|giving|shrove|maundy)$/.test(prev)) return null;
      const weekday = (WEEKDAYS as Record<string, IsoWeekday>)[(g['wd'] ?? '').toLowerCase()] ?? 1;
      if (g['plural'] !== undefined) return whole(m, 'SET', `XXXX-WXX-${weekday}`);
      const rel = g['rel']?.toLowerCase();
      const direction: Direction = rel === 'last' || rel === 'past' ? 'strictly-before' : rel === 'next' || rel === 'coming' ? 'strictly-after'
        : rel === 'this' ? 'same-week' : weekdayDirection(ctx.tenseAt(m.index, m.index + m[0].length));
      const date = resolveWeekday(ctx.dct, weekday, direction);
      const pod = g['pod'];
      if (pod === undefined) return whole(m, 'DATE', date);
      return whole(m, 'TIME', `${date}T${(PARTS_OF_DAY as Record<string, string>)[pod] ?? 'XX'}`);
    },
  },
  {
    // "last week", "next year", "this month", "earlier this month", "late last year", "the end of this year".
    name: 'relative-unit',
    gates: ['relativeUnit'],
    pattern: rx(String.raw`(?:\b(?<pos>${anyOf(['early', 'mid', 'late', 'earlier', 'later'])})[-\s]+|\b(?<posPhrase>${cap('the')}\s+(?:beginning|start|middle|end|turn|close)\s+of)\s+)?\b(?<rel>${anyOf(['last', 'next', 'this', 'coming', 'past', 'current'])})\s+(?<unit>week|weekend|month|year|quarter|decade|century)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const rel = (g['rel'] ?? '').toLowerCase();
      const offset = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
      const unit = g['unit'] as CalendarUnit;
      const value = shiftedUnitValue(ctx.dct, unit, offset);
      return whole(m, 'DATE', value, { mod: positionMod(m) });
    },
  },
  {
    // "the end of the year", "the beginning of the month": the DCT's own unit, with the position as mod.
    name: 'position-of-current-unit',
    gates: ['of'],
    pattern: rx(String.raw`\b${cap('the')}\s+(?<pos>beginning|start|middle|end|turn|close)\s+of\s+the\s+(?<unit>week|month|year|decade|century)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const pos = g['pos'] === 'beginning' || g['pos'] === 'start' || g['pos'] === 'turn' ? 'START' : g['pos'] === 'middle' ? 'MID' : 'END';
      return whole(m, 'DATE', shiftedUnitValue(ctx.dct, g['unit'] as CalendarUnit, 0), { mod: pos });
    },
  },
  {
    // "the weekend", "over the weekend": the nearest weekend the tense allows.
    name: 'the-weekend',
    gates: ['weekend'],
    pattern: rx(String.raw`\b${cap('the')}\s+weekend\b`),
    normalize: (m, ctx) => {
      if (ctx.dct === null) return whole(m, 'DATE', 'XXXX-WXX-WE');
      const tense = ctx.tenseAt(m.index, m.index + m[0].length);
      // Saturday decides which ISO week the weekend belongs to.
      const saturday = resolveWeekday(ctx.dct, 6, tense === 'future' ? 'after' : tense === 'past' ? 'before' : 'closest');
      return whole(m, 'DATE', `${isoWeekOf(saturday as IsoDate)}-WE`);
    },
  },
  {
    // Fixed-date holidays; the year follows the tense like a year-less month and day.
    name: 'holiday',
    gates: ['holiday'],
    pattern: rx(String.raw`\b(?:(?<rel>${anyOf(['last', 'next', 'this'])})\s+)?(?<h>New\s+Year's\s+Day|New\s+Year's\s+Eve|Christmas\s+Day|Christmas\s+Eve|Christmas|Valentine's\s+Day|Halloween|May\s+Day|Victory\s+Day)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const name = (g['h'] ?? '').replace(/\s+/g, ' ');
      const [month, day] = name === 'Victory Day' && chinaVictoryDay(ctx.text, m.index, m.index + m[0].length)
        ? CHINA_VICTORY_DAY : HOLIDAYS[name as keyof typeof HOLIDAYS] ?? [1, 1];
      const rel = g['rel']?.toLowerCase();
      const direction: Direction = rel === 'last' ? 'strictly-before' : rel === 'next' ? 'strictly-after'
        : directionFor(ctx, m.index, m.index + m[0].length, 'closest');
      const value = resolveMonthDay(ctx.dct, month, day, direction);
      return value === null ? null : whole(m, 'DATE', value);
    },
  },
  {
    // Anaphora: "the same day", "the following year", "that month". Resolved against an earlier date of the same text.
    name: 'anaphoric',
    gates: ['anaphoric'],
    pattern: rx(String.raw`\b(?<det>${cap('the')}\s+(?:same|previous|following|next)|${cap('that')}(?:\s+same)?)\s+(?<unit>day|month|year|morning|afternoon|evening|night)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const det = (g['det'] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const unitWord = g['unit'] ?? 'day';
      const pod = (PARTS_OF_DAY as Record<string, string | undefined>)[unitWord];
      const unit = pod !== undefined ? 'day' : (unitWord as 'day' | 'month' | 'year');
      const offset = det.endsWith('previous') ? -1 : det.endsWith('following') || det.endsWith('next') ? 1 : 0;
      // "the next year" after an unrelated clause is usually DCT-relative, so the fallback shifts from the DCT.
      let fallback: string;
      if (ctx.dct === null) fallback = unit === 'day' ? 'XXXX-XX-XX' : unit === 'month' ? 'XXXX-XX' : 'XXXX';
      else if (offset === 0) {
        // Gold convention: an unresolved "the same day" keeps only what the DCT makes likely, its year and month.
        fallback = unit === 'day' ? `${ctx.dct.slice(0, 7)}-XX` : unit === 'month' ? ctx.dct.slice(0, 7) : ctx.dct.slice(0, 4);
      } else fallback = shiftedUnitValue(ctx.dct, unit, offset);
      const type: TimexType = pod !== undefined ? 'TIME' : 'DATE';
      return whole(m, type, pod !== undefined ? `${fallback}T${pod}` : fallback, { anchor: { kind: 'same', unit, offset }, priority: 2 });
    },
  },
  {
    name: 'deictic-day',
    gates: ['deictic'],
    pattern: rx(String.raw`\b(?:(?<word>${anyOf(['today', 'tonight', 'yesterday', 'tomorrow'])})(?:\s+(?<pod>${PART_OF_DAY}))?|(?<rel>${anyOf(['this', 'last'])})\s+(?<pod2>${PART_OF_DAY})|${cap('the')}\s+day\s+(?<far>before\s+yesterday|after\s+tomorrow))\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const word = g['word']?.toLowerCase();
      // "Russia Today", "USA Today": a capitalised Today after a capitalised word is a name.
      if (g['word'] === 'Today' && /[A-Z][\w.]*\s+$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      let offset = 0;
      let pod = g['pod'] ?? g['pod2'];
      if (word === 'yesterday') offset = -1;
      else if (word === 'tomorrow') offset = 1;
      else if (word === 'tonight') pod = 'night';
      else if (g['rel']?.toLowerCase() === 'last') offset = -1;
      else if (g['far'] !== undefined) offset = g['far'].startsWith('before') ? -2 : 2;
      const date = shiftedUnitValue(ctx.dct, 'day', offset);
      if (pod === undefined) return whole(m, 'DATE', date);
      return whole(m, 'TIME', `${date}T${(PARTS_OF_DAY as Record<string, string>)[pod] ?? 'XX'}`);
    },
  },
  {
    // "two days ago", "a year ago", "years ago".
    name: 'ago',
    // Every match has a unit word at a word start, so the unit gate changes no result; it spares the pattern (whose
    // optional count tries each position) the many sentences with "earlier" or "later" and no unit.
    gates: ['ago', 'unit'],
    pattern: rx(String.raw`\b(?:(?<mod>about|around|nearly|almost|some|more\s+than|over|less\s+than|just|roughly|approximately)\s+)?(?:(?<n>${COUNT})[\s-]+)?(?<unit>${UNIT})s?\s+(?<dir>ago|earlier|later|from\s+now|hence)\b`, 'i'),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const dir = (g['dir'] ?? '').toLowerCase();
      const unit = unitOf(g['unit'] ?? '');
      const n = g['n'] === undefined ? null : parseCount(g['n']);
      // "a year earlier" / "two days later" count from the date the sentence is about (TimeML: a DATE spanning the
      // adverb); only an explicit date in the same sentence anchors "later", so without one it stays a duration.
      if (dir === 'earlier' || dir === 'later') {
        if (n === null || !Number.isInteger(n) || (unit !== 'day' && unit !== 'month' && unit !== 'year')) return null;
        const sign = dir === 'earlier' ? -1 : 1;
        const fallback = dir === 'earlier' ? agoValue(ctx.dct, unit, -n)?.value ?? null : null;
        if (fallback === null && dir === 'later') {
          const orDuration = { end: m.index + m[0].length - (g['dir'] ?? '').length - 1, value: durationValue(n, unit) };
          return whole(m, 'DATE', '', { anchor: { kind: 'same', unit, offset: sign * n, orDuration } });
        }
        return fallback === null ? null : whole(m, 'DATE', fallback, { anchor: { kind: 'same', unit, offset: sign * n } });
      }
      const sign = dir === 'ago' ? -1 : 1;
      const mod = g['mod'] === undefined ? undefined : (DURATION_MODS as Record<string, TimexMod | undefined>)[g['mod'].toLowerCase().replace(/\s+/g, ' ')];
      if (n === null || !Number.isInteger(n)) return whole(m, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      const value = agoValue(ctx.dct, unit, sign * n);
      return value === null ? null : whole(m, value.type, value.value, { mod: mod === 'APPROX' ? 'APPROX' : undefined });
    },
  },
  {
    // "three years", "nearly two years", "a 30-minute call", "four and a half hours", "the past two weeks", "a year" (rate).
    name: 'duration',
    gates: ['unit'],
    pattern: rx(String.raw`\b(?:(?<the>the\s+(?:past|last|next|first|previous|following|coming|final|better\s+part\s+of\s+the|whole|entire)\s+)|(?<mod>about|around|approximately|roughly|some|nearly|almost|up\s+to|at\s+most|no\s+more\s+than|just\s+under|less\s+than|under|more\s+than|over|just\s+over|at\s+least)\s+)?(?<n>${COUNT})[\s-]+(?<unit>${UNIT})(?<plural>s)?(?<half>\s+and\s+a\s+half)?\b(?!-old|\s+old\b|\s+of\s+age)`, 'i'),
    normalize: (m, ctx) => durationCandidate(m, ctx),
  },
  {
    name: 'half-unit',
    gates: ['half'],
    pattern: rx(String.raw`\b(?:(?<mod>about|around|nearly|almost|more\s+than|less\s+than|over|some|roughly)\s+)?half\s+(?:an?\s+)?(?<unit>hour|day|year|decade|century)\b`, 'i'),
    normalize: (m) => {
      const g = m.groups ?? {};
      const mod = g['mod'] === undefined ? undefined : (DURATION_MODS as Record<string, TimexMod | undefined>)[g['mod'].toLowerCase().replace(/\s+/g, ' ')];
      return whole(m, 'DURATION', durationValue(0.5, unitOf(g['unit'] ?? 'hour')), { mod });
    },
  },
  {
    // "the past year", "the last decade": one unit back from now, a DURATION in TimeML.
    name: 'the-past-unit',
    gates: ['relativeUnit'],
    pattern: rx(String.raw`\b${cap('the')}\s+(?:past|last|next|coming)\s+(?<unit>week|month|year|decade|century)\b`),
    normalize: (m) => whole(m, 'DURATION', durationValue(1, unitOf(m.groups?.['unit'] ?? 'year'))),
  },
  {
    // Vague spans: "days after", "for months", "recent weeks", "recent years" (PAST_REF), "the coming years" (FUTURE_REF).
    name: 'vague-units',
    gates: ['pluralUnit'],
    pattern: rx(String.raw`(?:\b(?<the>the)\s+)?(?:\b(?<rel>last|past|next|coming|recent|previous|following)\s+)?\b(?<unit>days|weeks|months|years|decades|hours|minutes|centuries)\b(?!\s+old\b|-old)`, 'i'),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const unitWord = g['unit'] ?? '';
      const unitStart = m.index + m[0].length - unitWord.length;
      const first = m[0][0] ?? '';
      if (first !== first.toLowerCase() && !isSentenceStart(ctx.text, m.index)) return null;
      if (unitWord !== unitWord.toLowerCase() && unitStart !== m.index) return null;
      // A preceding count makes this the duration rule's business (or an age it refused).
      const prev = wordBefore(ctx.text, m.index);
      if (/^\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|few|several|many|couple|dozen|of)$/.test(prev) && g['rel'] === undefined) return null;
      const rel = g['rel']?.toLowerCase();
      const unit = unitOf(unitWord);
      // A bare "the" stays outside ("the days after"); with a modifier it belongs ("the coming years").
      const span = { start: g['rel'] === undefined ? unitStart : m.index, end: m.index + m[0].length };
      if (rel === 'recent' && (unit === 'year' || unit === 'decade' || unit === 'century')) return candidate(span.start, span.end, 'DATE', 'PAST_REF');
      if ((rel === 'coming' || rel === 'next') && (unit === 'year' || unit === 'decade')) return candidate(span.start, span.end, 'DATE', 'FUTURE_REF');
      return candidate(span.start, span.end, 'DURATION', VAGUE_UNIT_VALUES[unit]);
    },
  },
  {
    name: 'reference',
    gates: ['reference'],
    pattern: rx(String.raw`\b(?:(?<present>(?:right\s+)?now|nowadays|these\s+days|the\s+present(?:\s+day)?|present\s+day|currently)|(?<past>recently|the\s+past|those\s+days|lately)|(?<future>the\s+(?:near\s+|distant\s+)?future|the\s+years\s+to\s+come|the\s+coming\s+years|soon))\b(?!-)`, 'i'),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      const text = m[0].toLowerCase();
      // "as soon as" is a conjunction, "sooner or later" is no reference time.
      if (text === 'soon' && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
      // "the present agreement": "present" as an adjective.
      if (text === 'the present' && /^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
      const value = g['present'] !== undefined ? 'PRESENT_REF' : g['past'] !== undefined ? 'PAST_REF' : 'FUTURE_REF';
      return whole(m, 'DATE', value);
    },
  },
  {
    name: 'clock-time',
    gates: ['clock'],
    pattern: rx(String.raw`\b(?<h>[01]?\d|2[0-3])(?:[:.](?<min>[0-5]\d))?\s*(?<ampm>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\b(?<named>noon|midnight|midday)\b|(?<=\bat\s)(?<h24>[01]?\d|2[0-3]):(?<min24>[0-5]\d)\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      let hour: number;
      let minute = 0;
      if (g['named'] !== undefined) hour = g['named'] === 'midnight' ? 24 : 12;
      else if (g['h24'] !== undefined) { hour = Number(g['h24']); minute = Number(g['min24']); }
      else {
        hour = Number(g['h']);
        minute = g['min'] === undefined ? 0 : Number(g['min']);
        if (hour < 1 || hour > 12) return null;
        const pm = (g['ampm'] ?? '').toLowerCase().startsWith('p');
        hour = (hour % 12) + (pm ? 12 : 0);
      }
      const suffix = `T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
      const fallback = `${shiftedUnitValue(ctx.dct, 'day', 0)}${suffix}`;
      return whole(m, 'TIME', fallback, { anchor: { kind: 'time', suffix } });
    },
  },
  {
    name: 'set',
    gates: ['set'],
    pattern: rx(String.raw`\b(?:(?<every>${anyOf(['every', 'each'])})\s+(?<other>other\s+)?(?<unit>day|week|month|year|quarter|decade|morning|evening|night|weekend|${WEEKDAY})|(?<adv>annually|yearly|daily|weekly|monthly|quarterly|nightly|hourly)|per\s+(?<per>day|week|month|year|hour|annum))\b`),
    normalize: (m, ctx) => {
      const g = m.groups ?? {};
      if (g['adv'] !== undefined) {
        // "Daily" capitalised mid-sentence is a name ("China Daily").
        if (ctx.text[m.index] !== ctx.text[m.index]?.toLowerCase() && !isSentenceStart(ctx.text, m.index)) return null;
        // "a daily newspaper", "quarterly results": adjectives before a noun are not timexes in TimeML practice.
        if (/^\s+[a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 2))
          && !/^\s+(?:and|or|in|on|at|for|to|by|since|until|from|with|but|as|of|through|basis)\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
        const adv = g['adv'];
        const value = adv === 'daily' || adv === 'nightly' ? 'P1D' : adv === 'weekly' ? 'P1W' : adv === 'monthly' ? 'P1M' : adv === 'quarterly' ? 'P1Q' : adv === 'hourly' ? 'PT1H' : 'P1Y';
        return whole(m, 'SET', value);
      }
      const unitWord = g['unit'] ?? g['per'] ?? 'year';
      const weekday = (WEEKDAYS as Record<string, number | undefined>)[unitWord.toLowerCase()];
      if (weekday !== undefined) return whole(m, 'SET', `XXXX-WXX-${weekday}`);
      const n = g['other'] !== undefined ? 2 : 1;
      if (unitWord === 'morning' || unitWord === 'evening' || unitWord === 'night') return whole(m, 'SET', `P${n}D`);
      if (unitWord === 'weekend') return whole(m, 'SET', `P${n}W`);
      return whole(m, 'SET', durationValue(n, unitWord === 'annum' ? 'year' : unitOf(unitWord)));
    },
  },
] as const satisfies readonly TimexRule[];

// ---------------------------------------------------------------------------------------------------------------
// Normalisation helpers shared by several rules

function mapNull<T, U>(value: T | null, f: (v: T) => U): U | null {
  return value === null ? null : f(value);
}

function dayMonth(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
  const g = m.groups ?? {};
  const month = monthOf(g['mon'] ?? '');
  const day = dayOf(g['d'] ?? '');
  if (month === 0) return null;
  if (g['y'] !== undefined) {
    const date = fullDate(Number(g['y']), month, day);
    // An impossible date is a typo or not a date at all; either way its month and year alone would be guesses.
    return date === null ? { ...whole(m, 'DATE', ''), suppress: true } : whole(m, 'DATE', date);
  }
  const direction = directionFor(ctx, m.index, m.index + m[0].length, 'closest');
  return mapNull(resolveMonthDay(ctx.dct, month, day, direction), (v) => whole(m, 'DATE', v));
}

function agoValue(dct: IsoDate | null, unit: UnitName, signedAmount: number): { type: TimexType; value: string } | null {
  switch (unit) {
    case 'day': return { type: 'DATE', value: shiftedUnitValue(dct, 'day', signedAmount) };
    case 'week': case 'fortnight': return { type: 'DATE', value: shiftedUnitValue(dct, 'week', signedAmount * (unit === 'fortnight' ? 2 : 1)) };
    case 'month': return { type: 'DATE', value: shiftedUnitValue(dct, 'month', signedAmount) };
    case 'quarter': return { type: 'DATE', value: shiftedUnitValue(dct, 'quarter', signedAmount) };
    case 'year': return { type: 'DATE', value: shiftedUnitValue(dct, 'year', signedAmount) };
    case 'decade': return { type: 'DATE', value: shiftedUnitValue(dct, 'year', signedAmount * 10) };
    case 'century': return { type: 'DATE', value: shiftedUnitValue(dct, 'year', signedAmount * 100) };
    default: return null;
  }
}

/** Words before "a year" that make it a rate ("150 million doses a year", "twice a year"): then it is a SET. */
const RATE_WORDS = /^(?:\d[\d.,]*%?|times|once|twice|thrice|billion|million|trillion|thousand|hundred|percent|cent|bn|mn|[$€£¥][\d.,]+\w*)$/;
const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'as', 'this', 'his', 'its', 'us', 'thus', 'plus', 'yes', 'does', 'less', 'across', 'unless', 'always', 'perhaps', 'whereas', 'towards', 'afterwards', 'its', 'takes', 'lasts', 'comes', 'goes', 'says', 'marks']);

function durationCandidate(m: RegExpExecArray, ctx: RuleContext): Candidate | null {
  const g = m.groups ?? {};
  const rawCount = (g['n'] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const unitWord = (g['unit'] ?? '').toLowerCase();
  const unit = unitOf(unitWord);
  const isArticle = rawCount === 'a' || rawCount === 'an';
  // "a second term", "a quarter of the votes": ordinal or fraction readings, not durations.
  if (isArticle && (unit === 'second' || unit === 'quarter')) return null;
  if (unit === 'quarter' && /^\s+of\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
  if (rawCount === 'a half') return null;
  const count = parseCount(rawCount);
  const n = count === null ? null : count + (g['half'] !== undefined ? 0.5 : 0);
  const modKey = g['mod']?.toLowerCase().replace(/\s+/g, ' ');
  const mod = modKey === undefined ? undefined : (DURATION_MODS as Record<string, TimexMod | undefined>)[modKey];
  if (isArticle && g['the'] === undefined && g['mod'] === undefined && !g['plural'] && g['half'] === undefined) {
    const prev = wordBefore(ctx.text, m.index);
    const isRate = RATE_WORDS.test(prev) || (/^[a-z]{3,}s$/.test(prev) && !NOT_PLURAL_NOUNS.has(prev) && !prev.endsWith('ss'));
    if (isRate) return whole(m, 'SET', durationValue(1, unit));
  }
  const value = n === null ? VAGUE_UNIT_VALUES[unit] : durationValue(n, unit);
  return whole(m, 'DURATION', value, { mod });
}
