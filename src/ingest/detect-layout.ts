/**
 * Recognises the lines that frame a scraped article rather than tell it: metadata headers (`Title: …`,
 * `Published Time: …`, `date 2021-11-23`), datelines (`BEIJING:`, `MOSCOW (AP) —`, `Feb 4, 2022:`), bylines
 * (`By PTI`, `By Jane Doe, Reuters`) and headline lines. Each recogniser returns what the line holds and where
 * the body text (if any) continues on the same line, so offsets stay exact.
 */
import type { IsoDate } from '../domain.js';
import { leadingAbsoluteDate } from './find-absolute-dates.js';

export type HeaderField =
  | { readonly kind: 'title'; readonly value: string }
  | { readonly kind: 'published'; readonly value: IsoDate }
  | { readonly kind: 'updated'; readonly value: IsoDate }
  | { readonly kind: 'author'; readonly value: string }
  | { readonly kind: 'outlet'; readonly value: string }
  | { readonly kind: 'about-author'; readonly value: string }
  | { readonly kind: 'body-starts' }
  | { readonly kind: 'ignored' };

export interface HeaderLine {
  readonly fields: readonly HeaderField[];
  /** Index within the line where article text continues (`date 2021-12-15 Chinese President…`), or null. */
  readonly bodyFrom: number | null;
}

const KEY_KINDS = {
  title: 'title', headline: 'title', 'og title': 'title',
  published: 'published', 'published time': 'published', 'published on': 'published', 'published at': 'published',
  'publication date': 'published', 'date published': 'published', 'pub date': 'published', date: 'published',
  posted: 'published', 'posted on': 'published', dateline: 'published', 'created': 'published',
  updated: 'updated', 'last updated': 'updated', 'updated on': 'updated', modified: 'updated', 'last modified': 'updated',
  author: 'author', authors: 'author', byline: 'author', by: 'author', writer: 'author', reporter: 'author',
  source: 'outlet', publisher: 'outlet', publication: 'outlet', outlet: 'outlet', site: 'outlet', 'site name': 'outlet',
  'author description': 'about-author', 'author bio': 'about-author', 'about the author': 'about-author',
  text: 'body-starts', content: 'body-starts', body: 'body-starts', 'markdown content': 'body-starts', article: 'body-starts',
  category: 'ignored', section: 'ignored', tags: 'ignored', keywords: 'ignored', url: 'ignored', 'url source': 'ignored',
  link: 'ignored', description: 'ignored', summary: 'ignored', 'author title': 'ignored', language: 'ignored',
  location: 'ignored', 'image': 'ignored', 'word count': 'ignored', id: 'ignored', slug: 'ignored', lang: 'ignored',
} as const satisfies Record<string, HeaderField['kind']>;

type KeyKind = (typeof KEY_KINDS)[keyof typeof KEY_KINDS];

function keyKind(rawKey: string): KeyKind | null {
  // "Category 1", "og:title", "Published_Time" all reduce to a known key.
  const key = rawKey.toLowerCase().replace(/^(?:og|article|meta)[:_ ]/, '').replace(/[_-]+/g, ' ').replace(/\s+\d+$/, '').trim();
  return Object.hasOwn(KEY_KINDS, key) ? KEY_KINDS[key as keyof typeof KEY_KINDS] : null;
}

function field(kind: KeyKind, value: string): HeaderField | null {
  const v = value.trim();
  switch (kind) {
    case 'published':
    case 'updated': {
      const d = leadingAbsoluteDate(v);
      return d === null ? null : { kind, value: d.date };
    }
    case 'body-starts':
      return { kind };
    case 'ignored':
      return { kind };
    default:
      return v.length === 0 ? null : { kind, value: v };
  }
}

const KEY_VALUE = /^\s*([A-Za-z][A-Za-z0-9 _:-]{0,28}?)\s*:\s?(.*)$/;
const BARE_DATE_KEY = /^\s*(date|published|posted|updated|dateline)\s+(?=\S)/i;

/**
 * Parses one header line, or returns null when it is not one. Handles several `Key: value` pairs separated by `;`
 * (`Category 1: CHINA; Category 2: DIPLOMACY`), a bare `date 2021-11-23` followed by a byline or by body text.
 */
export function parseHeaderLine(line: string): HeaderLine | null {
  const bare = BARE_DATE_KEY.exec(line);
  if (bare?.[1] !== undefined) {
    const rest = line.slice(bare[0].length);
    const d = leadingAbsoluteDate(rest);
    if (d !== null) return bareDateLine(line, bare[0].length, bare[1], d);
  }
  return keyValueLine(line);
}

/** `date 2021-11-23`, then nothing, a byline (`By PTI`) or the first words of the body. */
function bareDateLine(line: string, keyLength: number, key: string, d: { readonly date: IsoDate; readonly end: number }): HeaderLine {
  const kind = key.toLowerCase() === 'updated' ? 'updated' : 'published';
  const fields: HeaderField[] = [{ kind, value: d.date }];
  const afterDate = keyLength + d.end;
  const tail = line.slice(afterDate);
  const tailStart = afterDate + (tail.length - tail.trimStart().length);
  if (tail.trim().length === 0) return { fields, bodyFrom: null };
  const byline = parseByline(tail.trim());
  if (byline !== null) return { fields: [...fields, ...byline], bodyFrom: null };
  return { fields, bodyFrom: tailStart };
}

function keyValueLine(line: string): HeaderLine | null {
  const m = KEY_VALUE.exec(line);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  const kind = keyKind(m[1]);
  if (kind === null) return null;
  if (kind === 'ignored' && /;\s*[A-Za-z][A-Za-z _-]{0,28}:/.test(m[2])) return { fields: [{ kind: 'ignored' }], bodyFrom: null };
  const f = field(kind, m[2]);
  if (f === null) return kind === 'published' || kind === 'updated' ? { fields: [{ kind: 'ignored' }], bodyFrom: null } : null;
  if (f.kind === 'body-starts' && m[2].trim().length > 0) {
    // "Text: When Chinese President…" — the body starts on this very line.
    return { fields: [f], bodyFrom: line.length - m[2].trimStart().length };
  }
  return { fields: [f], bodyFrom: null };
}

const PERSON = "[A-Z][\\p{L}'’.-]*(?:\\s+(?:[A-Z][\\p{L}'’.-]*|de|van|von|bin|al|da|del|la|le))*";
const BYLINE = new RegExp(
  `^(?:[*_]+)?by\\s+(${PERSON}(?:\\s+(?:and|&)\\s+${PERSON})*)(?:\\s*(?:[,|/–—-]|\\bfor\\b|\\bin\\b)\\s*(?:the\\s+)?([A-Z][\\p{L}&'’. -]{1,40}?))?(?:[*_]+)?\\s*$`,
  'u',
);

/** "By PTI" → an agency (outlet); "By Jane Doe" → an author; "By Jane Doe, Reuters" → both. Null when not a byline. */
export function parseByline(line: string): HeaderField[] | null {
  const trimmed = line.trim();
  if (trimmed.length > 120 || !/^[*_]*by\s/i.test(trimmed)) return null;
  const m = BYLINE.exec(trimmed.replace(/^([*_]*)by\s/i, '$1by '));
  if (m?.[1] === undefined) return null;
  const name = m[1].trim();
  const words = name.split(/\s+/);
  if (words.length > 8) return null;
  const fields: HeaderField[] = [];
  // A single word, or an all-capitals acronym, is an agency or outlet rather than a person.
  if (words.length === 1) fields.push({ kind: 'outlet', value: name });
  else fields.push({ kind: 'author', value: name });
  const outlet = m[2]?.trim();
  if (outlet !== undefined && outlet.length > 0) fields.push({ kind: 'outlet', value: outlet });
  return fields;
}

export interface Dateline {
  /** Characters the dateline occupies at the start of the paragraph, separator and spaces included. */
  readonly length: number;
  readonly date: IsoDate | null;
  readonly agency: string | null;
}

const AGENCY = '\\(([A-Z][A-Za-z&.-]{1,20}(?:[ ][A-Z][A-Za-z&.-]{1,20}){0,2})\\)';
// The separator must be followed by a space or the line's end, so "COVID-19" is never read as a place and a dash.
const SEPARATOR = '\\s*(?:[:—–]|-{1,2})(?:\\s+|$)';
const CAPS_PLACE = "[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}";
const TITLE_PLACE = "[A-Z][a-z.'’-]+(?:[ ][A-Z][a-z.'’-]+){0,2}";
const DAY_MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:,?\\s+\\d{4})?";
const PLACE_REST = `(?:,\\s*(?:${TITLE_PLACE}|${CAPS_PLACE}))?`;
// CAPS place, optional date and agency: "BEIJING:", "NEW DELHI, Dec 5 (Reuters) -", "MOSCOW (AP) —", "TAIPEI-".
const CAPS_DATELINE = new RegExp(`^(${CAPS_PLACE})${PLACE_REST}(?:,\\s*(${DAY_MONTH}))?\\s*(?:${AGENCY})?${SEPARATOR}`);
// Title-case place needs a date or an agency to tell it from a sentence: "Beijing, Dec 15 (PTI):", "Kyiv (AFP) -".
const TITLE_DATELINE = new RegExp(`^(${TITLE_PLACE})${PLACE_REST}(?:(?:,\\s*(${DAY_MONTH}))\\s*(?:${AGENCY})?|\\s*${AGENCY})${SEPARATOR}`);
const DATE_SEPARATOR = new RegExp(`^${SEPARATOR}`);

/** A dateline at the start of a paragraph, or null. A bare place or date must be followed by text or end the line. */
export function parseDateline(paragraph: string): Dateline | null {
  const datePrefix = leadingAbsoluteDate(paragraph);
  if (datePrefix !== null) {
    const sep = DATE_SEPARATOR.exec(paragraph.slice(datePrefix.end));
    if (sep === null || sep[0].trim().length === 0) return null;
    return { length: datePrefix.end + sep[0].length, date: datePrefix.date, agency: null };
  }
  const m = CAPS_DATELINE.exec(paragraph) ?? TITLE_DATELINE.exec(paragraph);
  if (m === null) return null;
  const place = m[1] ?? '';
  // One capital letter or an acronym glued to a colon inside a sentence ("US: …") is still a dateline; "I:" is not.
  if (place.replace(/[^A-Za-z]/g, '').length < 2) return null;
  const agency = m[3] ?? m[4] ?? null;
  const dayMonth = m[2];
  const date = dayMonth === undefined ? null : leadingAbsoluteDate(dayMonth)?.date ?? null;
  return { length: m[0].length, date, agency };
}

/** A headline: a short line that does not read as a sentence (no closing full stop, no trailing comma or colon). */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim().replace(/^#+\s*/, '');
  if (t.length < 8 || t.length > 200) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 25) return false;
  if (/[.,;:\-–—]["”’)]?$/.test(t)) return false;
  return /^[\p{Lu}\p{N}"“‘'«]/u.test(t);
}
