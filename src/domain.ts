/** The domain vocabulary shared by ingest, time, events, engine and answers: plain readonly data, no behaviour. */

/** A calendar day, `YYYY-MM-DD`. Made by `parseIsoDate` (src/time/calendar.ts) or by code that has validated it. */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** How precisely a date is known. A date is never shown more precisely than its precision. */
export type Precision = 'day' | 'week' | 'month' | 'year';

export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexMod = 'APPROX' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE' | 'LESS_THAN' | 'MORE_THAN' | 'START' | 'MID' | 'END';

/**
 * A temporal expression, TimeML TIMEX3 style. `offset` is a UTF-16 index (a JS string index) into whatever text was
 * tagged; ingest shifts it to an index into the original file. `value` follows TIMEX3: `2021-12-15`, `2021-W46`,
 * `2022-02`, `2014`, `20` (century), `2021-Q3`, `P2Y`, `PT4H30M`, `PXD`, `PAST_REF`, `2022-02-04TEV`, `2021-11-XX`.
 */
export interface Timex {
  readonly text: string;
  readonly offset: number;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: TimexMod;
}

export interface Sentence {
  /** Position of the sentence within its article, from 0. */
  readonly index: number;
  readonly paragraph: number;
  readonly text: string;
  /** Index of the sentence's first character in the original file's text, so `fileText.slice(offset, offset + text.length) === text`. */
  readonly offset: number;
}

export interface Article {
  /** Stable id from content: re-ingesting an unchanged file yields the same id. */
  readonly id: string;
  /** File name without folder: what citations name. */
  readonly file: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly author: string | null;
  /** Publication date, or null when neither stated nor inferable. */
  readonly published: IsoDate | null;
  /** True when `published` was inferred (from a dateline or the lead) rather than stated by a date header. */
  readonly publishedInferred: boolean;
  /** The dateline's place as written ("SAMARKAND, Uzbekistan"), when the article opens with one: where the lead's news happened. */
  readonly dateline?: string;
  /** Index of the lead's first sentence when page chrome (menus, banners) comes before a dateline further down. */
  readonly leadSentence?: number;
  readonly paragraphs: readonly string[];
  readonly sentences: readonly Sentence[];
}

/** An article source of a fact: the exact quote, and where it came from. */
export interface Citation {
  readonly article: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: IsoDate | null;
  readonly quote: string;
}

/** A real-world happening with a date, merged across every article that reports it. */
export interface DatedEvent {
  readonly id: string;
  /** As precise as known: `YYYY-MM-DD`, `YYYY-Www`, `YYYY-MM` or `YYYY`. */
  readonly date: string;
  readonly precision: Precision;
  /** Last day of a multi-day event (a three-day visit), when the text gives it. */
  readonly endDate?: string;
  readonly title: string;
  /** Full names: `Xi Jinping`, `Vladimir Putin`. */
  readonly participants: readonly string[];
  readonly place?: string;
  /** Both Xi Jinping and Vladimir Putin take part. */
  readonly central: boolean;
  readonly sources: readonly Citation[];
}
