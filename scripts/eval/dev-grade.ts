/**
 * The development set's grading rule (../shared/dev/README.md), as pure functions: dates at their precision, key facts
 * at word boundaries, "I don't know" for the unanswerable, events matched by date and a shared source.
 */
import { isoWeekStart } from '../../src/time/calendar.js';

export type GoldKey = string | readonly string[] | { readonly any: readonly string[]; readonly min: number };

export interface DevQuestion {
  readonly id: string;
  readonly question: string;
  readonly category: string;
  readonly expected_date?: string;
  readonly date_precision?: 'day' | 'week' | 'month' | 'year';
  readonly date_end?: string;
  readonly keys?: readonly GoldKey[];
  readonly sources: readonly string[];
  readonly period: string;
}

export interface DevEvent {
  readonly id: string;
  readonly date: string;
  readonly date_end?: string | null;
  readonly precision: 'day' | 'week' | 'month' | 'year';
  readonly title: string;
  readonly central: boolean;
  readonly sources: readonly string[];
  readonly status?: string;
  readonly period: string;
}

/** The first and last day an ISO date value at any precision covers, as `YYYY-MM-DD` strings (they sort as dates). */
export function daySpan(value: string): { readonly first: string; readonly last: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { first: value, last: value };
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    return { first: start, last: end };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
    return { first: `${value}-01`, last };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { first: `${value}-01-01`, last: `${value}-12-31` };
  return null;
}

const PRECISION_RANK = { day: 3, week: 2, month: 1, year: 0 } as const;

function precisionOf(value: string): keyof typeof PRECISION_RANK | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}$/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}$/.test(value)) return 'year';
  return null;
}

/**
 * Right when the system date lies inside the expected period and is at least as precise: a more precise date inside the
 * expected week or month is right, a less precise one is wrong; a range accepts any day in it.
 */
export function dateAgrees(system: string | undefined, expected: string, precision: keyof typeof PRECISION_RANK, end?: string | null): boolean {
  if (!system) return false;
  const p = precisionOf(system);
  const span = daySpan(system);
  const want = daySpan(expected);
  const wantEnd = end ? daySpan(end) : want;
  if (!p || !span || !want || !wantEnd) return false;
  // Less precise than expected is wrong; a week that straddles the expected month's edge falls outside its span.
  if (PRECISION_RANK[p] < PRECISION_RANK[precision]) return false;
  return span.first >= want.first && span.last <= wantEnd.last;
}

const fold = (s: string): string =>
  s.normalize('NFKC').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2015\u2212]/g, '-').toLowerCase();

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hasTerm(haystack: string, term: string): boolean {
  const t = fold(term);
  // Word boundaries that also hold next to digits and punctuation at the term's ends.
  const re = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegex(t)}(?=$|[^\\p{L}\\p{N}])`, 'u');
  return re.test(fold(haystack));
}

export function keyFound(haystack: string, key: GoldKey): boolean {
  if (typeof key === 'string') return hasTerm(haystack, key);
  if (Array.isArray(key)) return key.some((k: string) => hasTerm(haystack, k));
  const { any, min } = key as { readonly any: readonly string[]; readonly min: number };
  return any.filter((k) => hasTerm(haystack, k)).length >= min;
}

const DONT_KNOW = /\b(?:i don'?t know|i do not know|none of the articles|no article|not in the articles|nothing in the articles|could not find|couldn'?t find|no (?:answer|information))\b/i;

export function saysDontKnow(text: string): boolean {
  return DONT_KNOW.test(fold(text));
}

export interface AskOutput {
  readonly answer: string;
  readonly date?: string;
  readonly events: readonly { readonly date: string; readonly sources: readonly { readonly article: string }[] }[];
  readonly citations: readonly { readonly article: string; readonly quote: string }[];
}

export interface QuestionGrade {
  readonly right: boolean;
  readonly sourceCited: boolean;
  readonly why: string;
}

export function gradeQuestion(q: DevQuestion, out: AskOutput): QuestionGrade {
  const cited = out.citations.length > 0 ? out.citations.map((c) => c.article) : out.events.slice(0, 3).flatMap((e) => e.sources.map((s) => s.article));
  const sourceCited = cited.some((a) => q.sources.includes(a));
  if (q.category === 'negative') {
    const right = saysDontKnow(out.answer);
    return { right, sourceCited, why: right ? 'said it does not know' : 'answered instead of "I don\'t know"' };
  }
  const problems: string[] = [];
  if (q.expected_date && q.date_precision) {
    const date = out.date ?? out.events[0]?.date;
    if (!dateAgrees(date, q.expected_date, q.date_precision, q.date_end)) problems.push(`date ${date ?? 'none'} ≠ ${q.expected_date}`);
  }
  if (q.keys) {
    const text = [out.answer, ...out.citations.slice(0, 3).map((c) => c.quote)].join('\n');
    const missing = q.keys.filter((k) => !keyFound(text, k));
    if (missing.length > 0) problems.push(`missing ${missing.map((k) => JSON.stringify(k)).join(', ')}`);
  }
  return { right: problems.length === 0, sourceCited, why: problems.join('; ') };
}
