/** The platform-neutral Answer: every surface (console, CLI, Slack, Discord, digest) renders from this one model. */
import type { Article, Citation, DatedEvent, Precision } from '../domain.js';

/** One line of an answer: a dated fact or a quoted sentence, with the sources that back it. */
export interface AnswerItem {
  readonly date?: string;
  readonly precision?: Precision;
  readonly title: string;
  /** A short extra line: "3 years ago", a place, a score. */
  readonly detail?: string;
  readonly citations: readonly Citation[];
  /** What `event <id>` / `article <id>` opens for more. */
  readonly ref?: { readonly kind: 'event' | 'article'; readonly id: string };
}

export interface AnswerBase {
  readonly headline: string;
  readonly items: readonly AnswerItem[];
  /** Commands worth trying next, written as the user would type them. */
  readonly followUps: readonly string[];
  /** The command that shows the next page, when there is one. */
  readonly nextPage?: string;
  /** Said before the items: "Showing results for putin olympic", "Dates are as the articles report them". */
  readonly notice?: string;
}

export interface SearchHitData {
  readonly article: string;
  readonly sentence: string;
  readonly score: number;
  readonly citation: Citation;
}

export interface AskData {
  readonly answer: string;
  readonly date?: string;
  readonly events: readonly DatedEvent[];
  readonly citations: readonly Citation[];
}

export type ProblemCode = 'did-not-understand' | 'bad-query' | 'not-found' | 'not-available' | 'not-allowed' | 'no-articles' | 'internal-error';

export interface HelpEntry {
  readonly usage: string;
  readonly description: string;
}

export type Answer =
  | (AnswerBase & { readonly kind: 'help'; readonly data: { readonly commands: readonly HelpEntry[] } })
  | (AnswerBase & { readonly kind: 'ask'; readonly data: AskData })
  | (AnswerBase & { readonly kind: 'search'; readonly data: { readonly hits: readonly SearchHitData[]; readonly total: number } })
  | (AnswerBase & { readonly kind: 'timeline'; readonly data: { readonly events: readonly DatedEvent[] } })
  | (AnswerBase & { readonly kind: 'on-this-day'; readonly data: { readonly date: string; readonly events: readonly DatedEvent[]; readonly digest?: DigestMeta } })
  | (AnswerBase & { readonly kind: 'event'; readonly data: { readonly event: DatedEvent } })
  | (AnswerBase & { readonly kind: 'article'; readonly data: { readonly article: ArticleSummary } })
  | (AnswerBase & { readonly kind: 'problem'; readonly data: { readonly code: ProblemCode; readonly message: string } })
  /** `digest subscribe|unsubscribe|status`: a channel's digest settings; renders through the generic headline/items path. */
  | (AnswerBase & { readonly kind: 'digest-settings'; readonly data: DigestSettingsData });

export type AnswerKind = Answer['kind'];

/** Present when an on-this-day answer is a daily digest (src/digest/build-digest.ts). */
export interface DigestMeta {
  /** The subscriber's calendar day the digest is for, `YYYY-MM-DD`. */
  readonly localDate: string;
  /** `day`: events on the day; `week`, `nearest`: DIGEST_EMPTY's fallbacks for an empty day; `none`: nothing to post. */
  readonly mode: 'day' | 'week' | 'nearest' | 'none';
  readonly central: number;
  readonly context: number;
}

export interface DigestLedgerLine {
  readonly localDate: string;
  readonly status: 'claimed' | 'posted' | 'failed' | 'missed' | 'skipped';
  readonly detail: string | null;
}

export interface DigestSettingsData {
  readonly action: 'subscribe' | 'unsubscribe' | 'status';
  /** Null when the channel has no digest. */
  readonly subscription: {
    readonly id: string;
    readonly time: string;
    readonly timeZone: string;
    readonly enabled: boolean;
    readonly disabledReason: string | null;
    readonly source: 'command' | 'config';
  } | null;
  /** The next digest: its local date, local wall time and UTC instant (ISO 8601). */
  readonly next: { readonly localDate: string; readonly local: string; readonly utc: string } | null;
  readonly recent: readonly DigestLedgerLine[];
}

/** What `article <id>` shows: the record without the bulky sentence offsets. */
export type ArticleSummary = Pick<Article, 'id' | 'file' | 'title' | 'outlet' | 'author' | 'published' | 'publishedInferred' | 'paragraphs'> & {
  readonly events: readonly DatedEvent[];
};

/** The command line's `--json` shape for an answer (the contract in DESIGN.md). */
export function answerToJson(answer: Answer): unknown {
  if (answer.kind === 'problem') return { error: { code: answer.data.code, message: answer.data.message } };
  return answer.data;
}

export function problem(code: ProblemCode, message: string, followUps: readonly string[] = []): Answer {
  return { kind: 'problem', headline: message, items: [], followUps, data: { code, message } };
}

export const assertNever = (value: never): never => {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
};
