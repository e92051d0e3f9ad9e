/**
 * Recognises the lines that frame a scraped article rather than tell it: metadata headers (`Title: …`,
 * `Published Time: …`, `date 2021-11-23`, `Posted on 12 Feb 2024 by admin`, `Updated 10:42 AM EST, Tue March 21,
 * 2023`), datelines (`BEIJING:`, `Beijing:`, `MOSCOW (AP) —`, `Moscow, March 20 (Reuters) -`, `Feb 4, 2022:`,
 * `WASHINGTON, Oct. 18, 2023 /PRNewswire/ --`, `(CNN) —`), bylines (`By PTI`, `By Jane Doe | Reuters | May 9, 2025`,
 * `Jane Doe, Staff Writer`) and headline lines. Each recogniser returns what the line holds and where the body text
 * (if any) continues on the same line, so offsets stay exact. Patterns describe layouts, never particular outlets.
 */
import type { IsoDate } from '../domain.js';
import { findAbsoluteDates, leadingAbsoluteDate } from './find-absolute-dates.js';

export type HeaderField =
  | { readonly kind: 'title'; readonly value: string }
  | { readonly kind: 'published'; readonly value: IsoDate }
  | { readonly kind: 'updated'; readonly value: IsoDate }
  | { readonly kind: 'author'; readonly value: string }
  | { readonly kind: 'outlet'; readonly value: string }
  | { readonly kind: 'about-author'; readonly value: string }
  /** The page's address (`URL Source: …`): its host names the outlet when nothing else does. */
  | { readonly kind: 'url'; readonly value: string }
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
  url: 'url', 'url source': 'url', 'source url': 'url', 'canonical url': 'url', canonical: 'url', permalink: 'url',
  category: 'ignored', section: 'ignored', tags: 'ignored', keywords: 'ignored', link: 'ignored', description: 'ignored', summary: 'ignored', 'author title': 'ignored', language: 'ignored',
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
      const d = leadingDateTime(v);
      if (d !== null && isPlaceholderDate(d.date)) return { kind: 'ignored' };
      return d === null ? null : { kind, value: d.date };
    }
    case 'url': {
      const host = /^https?:\/\/([^/\s:?#]+)/i.exec(v)?.[1];
      return host === undefined ? { kind: 'ignored' } : { kind, value: host.toLowerCase() };
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
// A date key without a colon, or with a colon that a clock time would confuse: "date 2021-11-23", "Posted on 12 Feb
// 2024 by admin", "Updated 10:42 AM EST, Tue March 21, 2023", "Last updated: 2024-02-12 09:13 UTC".
// A lead-in that says the line gives the piece's date: "This article is from Oct 16, 2016", "Story first appeared on …".
const BARE_DATE_KEY =
  /^\s*(date|dated|published|posted|updated|last updated|first published|last modified|modified|dateline|(?:this\s+)?(?:article|story|post|report|piece|page)\s+(?:(?:is|was)\s+)?(?:from|dated|(?:first\s+)?(?:published|posted|appeared|written|filed))|first\s+appeared)(?:\s+(?:on|at))?\s*:?\s*(?=\S)/i;
/** A month alone after a bare date key (` date 2019-11 Chinese…`): a header, but no day to publish on. */
const MONTH_ONLY = /^\d{4}-(?:0[1-9]|1[0-2])(?![\d/-])\s*/;

/** 1 January 1970 is the Unix epoch: what a CMS prints for an empty timestamp, never a real date of the piece. */
export function isPlaceholderDate(date: string): boolean {
  return date === '1970-01-01';
}

/**
 * Parses one header line, or returns null when it is not one. Handles several `Key: value` pairs separated by `;`
 * (`Category 1: CHINA; Category 2: DIPLOMACY`), a bare `date 2021-11-23` followed by a byline or by body text.
 */
export function parseHeaderLine(line: string): HeaderLine | null {
  const piped = pipedLine(line);
  if (piped !== null) return piped;
  const bare = BARE_DATE_KEY.exec(line);
  if (bare?.[1] !== undefined) {
    const rest = line.slice(bare[0].length);
    const d = leadingDateTime(rest);
    if (d !== null) return bareDateLine(line, bare[0].length, bare[1], d);
    const month = /^date$/i.test(bare[1]) ? MONTH_ONLY.exec(rest) : null;
    if (month !== null) {
      const from = bare[0].length + month[0].length;
      return { fields: [{ kind: 'ignored' }], bodyFrom: from < line.length ? from : null };
    }
  }
  return keyValueLine(line);
}

/** `Updated: 00:00 GMT, Jan 1, 1970 | Published: 07:24 GMT, May 15, 2017 |`: each segment between bars is a header. */
function pipedLine(line: string): HeaderLine | null {
  if (!line.includes('|')) return null;
  const segments = line.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
  if (segments.length < 2) return null;
  const fields: HeaderField[] = [];
  for (const segment of segments) {
    const parsed = parseHeaderLine(segment);
    if (parsed === null || parsed.bodyFrom !== null) return null;
    fields.push(...parsed.fields);
  }
  return { fields, bodyFrom: null };
}

/** `date 2021-11-23`, then nothing, a byline (`By PTI`) or the first words of the body. */
function bareDateLine(line: string, keyLength: number, key: string, d: { readonly date: IsoDate; readonly end: number }): HeaderLine {
  const kind = /updated|modified/i.test(key) ? 'updated' : 'published';
  const fields: HeaderField[] = isPlaceholderDate(d.date) ? [{ kind: 'ignored' }] : [{ kind, value: d.date }];
  const afterDate = keyLength + d.end;
  const tail = line.slice(afterDate);
  const tailStart = afterDate + (tail.length - tail.trimStart().length);
  if (tail.trim().length === 0) return { fields, bodyFrom: null };
  const byline = parseByline(tail.trim().replace(/^(?:[|,•·–—]|-{1,2})\s*/, ''));
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

// A name: capitalised words, with the particles names carry. All-capitals names ("JOHN SMITH") are allowed.
const PERSON = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|bin|al|da|del|la|le|di|du))*";
const PERSONS = new RegExp(`^(${PERSON}(?:\\s+(?:and|&)\\s+${PERSON})*)`, 'u');
// Job titles after a name: "Staff Writer", "Senior Correspondent", "Beijing Bureau Chief".
const ROLE =
  /^(?:(?:\p{Lu}[\p{L}-]*\s+){0,3})?(?:staff|senior|chief|special|foreign|political|diplomatic|contributing|associate|deputy|managing|executive|news|global|china|russia|asia|europe|economics?|business|defen[cs]e|security|technology|investigative)?\s*(?:writer|reporter|correspondent|editor|contributor|columnist|journalist|analyst|bureau chief|producer|author|staff)s?$/iu;
// Names a CMS or desk signs with instead of a person's: never an author, never an outlet.
const GENERIC_NAME =
  /^(?:admin(?:istrator)?|editor(?:ial)?(?: (?:team|staff|board|desk))?|editors|staff(?: (?:reporter|writer|correspondent))?|our (?:correspondent|reporter|staff)|web ?desk|news ?desk|online desk|digital desk|desk|team|guest|webmaster|agencies|agency|news agencies|wire services?|newsroom|contributor|anonymous|unknown)$/i;
const READING_TIME = /^(?:\d+\s*(?:min(?:ute)?s?|m)\s*read|(?:updated\s+)?\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago|\d+\s+comments?)$/i;
const DATE_PREFIX = /^(?:(published|posted|updated|last updated|first published|created)(?:\s+(?:on|at))?\s*:?\s*)?/i;
// A clock time, possibly with a zone, before or after a date: "10:42 AM EST,", "09:13 UTC", "14:05 GMT+8", "- 17:53".
const CLOCK = /^\s*(?:,|[-–—](?=\s*\d))?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|[+-]\d{2}:?\d{2}|Z)?(?![\p{L}\d])\s*,?\s*/iu;

/** A date that may come with a clock time on either side: "10:42 AM EST, Tue March 21, 2023", "2024-02-12 09:13 UTC". */
export function leadingDateTime(text: string): { readonly date: IsoDate; readonly end: number } | null {
  const before = CLOCK.exec(text)?.[0].length ?? 0;
  const d = leadingAbsoluteDate(text.slice(before));
  if (d === null) return null;
  let end = before + d.end;
  const after = CLOCK.exec(text.slice(end));
  // A time glued to an ISO date with "T" (2024-02-12T09:13Z) is skipped the same way.
  if (after !== null) end += after[0].length;
  else if (/^T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/.test(text.slice(end))) end += /^T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?/.exec(text.slice(end))?.[0].length ?? 0;
  return { date: d.date, end };
}

// What may follow the date on a line of its own: short segments after a bar or slash ("March 21, 2023 / 14:00 / The
// Kremlin, Moscow"), or the place after a comma, as an official transcript heads its text ("June 6, 2019, St Petersburg",
// "May 3, 2031, Novo-Ogaryovo, Moscow Region"): capitalised words only, so a sentence never passes.
const NAME_WORD = "(?:\\p{Lu}[\\p{L}.'’-]*|of|de|on|upon|am|an|the)";
const DATE_LINE_PLACE = `,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+${NAME_WORD}){0,3}`;
const DATE_LINE_TAIL = new RegExp(`^[\\s,]*(?:(?:${DATE_LINE_PLACE}){1,3}\\s*)?(?:[|/•·][^|/•·.!?]{0,60}){0,4}$`, 'u');
// A wire service in brackets before the date and time: "(Xinhua) 09:59, May 10, 2015".
const BRACKETED_AGENCY = /^\(([A-Z][A-Za-z&.-]{1,20}(?:[ ][A-Z][A-Za-z&.-]{1,20}){0,2})\)\s*/;

/**
 * A line that only states when the piece was published: a date with its time and short trailing segments, perhaps
 * after the agency that filed it. Null for any other line; a date opening a sentence is not a date line.
 */
export function parseDateOnlyLine(line: string): { readonly date: IsoDate; readonly agency: string | null } | null {
  const agency = BRACKETED_AGENCY.exec(line);
  const from = agency?.[0].length ?? 0;
  const d = leadingDateTime(line.slice(from));
  if (d === null || !DATE_LINE_TAIL.test(line.slice(from + d.end))) return null;
  return { date: d.date, agency: agency?.[1] ?? null };
}

/** "JOHN SMITH" → "John Smith"; mixed-case names are left as written. */
function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{L}+/gu, (w) => (/^(?:AND)$/.test(w) ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}

function isOutletName(segment: string): boolean {
  if (segment.length < 2 || segment.length > 50) return false;
  const words = segment.split(/\s+/);
  if (words.length > 6) return false;
  // Every word capitalised, apart from the joining words outlet names use ("The Times of India").
  return /^(?:the\s+)?\p{Lu}/u.test(segment) && words.every((w) => /^(?:\p{Lu}|\d|&|of|the|and|de|la|du|des|for|on)/u.test(w));
}

/**
 * A byline, or null. "By PTI" → an agency (outlet); "By Jane Doe" → an author; "By Jane Doe | Reuters | May 9, 2025"
 * → author, outlet and date; "By JOHN SMITH, Associated Press" → "John Smith" and the outlet. Without "By", a
 * line is a byline only when it names a job or a date: "Jane Doe, Staff Writer", "Jane Doe | May 9, 2025".
 * "Posted on 12 Feb 2024 by admin" and "By Staff Reporter" are bylines that name nobody.
 */
export function parseByline(line: string): HeaderField[] | null {
  let rest = line.trim().replace(/^[*_]+|[*_]+$/g, '').trim();
  if (rest.length === 0 || rest.length > 160) return null;
  const byMatch = /^(?:(?:written|reported|words|story|text|posted|compiled|published)\s+)?by[:\s]\s*/i.exec(rest);
  const hasBy = byMatch !== null;
  if (hasBy) rest = rest.slice(byMatch[0].length);
  const fields: HeaderField[] = [];
  let evidence = hasBy;

  const generic = /^([^|,•·]+?)\s*(?:$|[|,•·]\s*)/.exec(rest);
  if (hasBy && generic?.[1] !== undefined && GENERIC_NAME.test(generic[1].trim())) {
    rest = rest.slice(generic[0].length);
  } else {
    const names = PERSONS.exec(rest);
    if (names?.[1] === undefined) return null;
    const name = names[1].trim();
    rest = rest.slice(names[0].length);
    const words = name.split(/\s+/).filter((w) => !/^(?:and|&)$/i.test(w));
    if (words.length > 8) return null;
    if (hasBy && words.length === 1) {
      // A single word, or an all-capitals acronym, is an agency or outlet rather than a person.
      fields.push({ kind: 'outlet', value: name });
    } else if (words.length >= 2 || !hasBy) {
      if (words.length < 2) return null;
      fields.push({ kind: 'author', value: nameCase(name) });
    }
  }

  // What follows the name: outlet, job title, place, date or reading time, joined by separators.
  while (rest.trim().length > 0) {
    const sep = /^\s*(?:[,|/•·]|[–—]|-{1,2}(?=\s)|\b(?:for|of)\b|\b(?:in|from)\b)?\s*/i.exec(rest);
    const word = sep?.[0].trim().toLowerCase() ?? '';
    rest = rest.slice(sep?.[0].length ?? 0);
    if (rest.length === 0) break;
    const prefix = DATE_PREFIX.exec(rest);
    const dated = leadingDateTime(rest.slice(prefix?.[0].length ?? 0));
    if (dated !== null) {
      const kind = /update/i.test(prefix?.[1] ?? '') ? 'updated' : 'published';
      if (!isPlaceholderDate(dated.date)) fields.push({ kind, value: dated.date });
      rest = rest.slice((prefix?.[0].length ?? 0) + dated.end);
      evidence = true;
      continue;
    }
    const segment = /^[^|,•·/–—]+/.exec(rest)?.[0].replace(/\s+-{1,2}(?:\s.*)?$/, '').trim() ?? '';
    if (segment.length === 0) return null;
    rest = rest.slice(rest.indexOf(segment) + segment.length);
    if (ROLE.test(segment) || READING_TIME.test(segment)) {
      evidence = true;
      continue;
    }
    // "in Beijing", "from Moscow": where the reporter was, not who published.
    if (word === 'in' || word === 'from') {
      if (!isOutletName(segment)) return null;
      continue;
    }
    const outlet = segment.replace(/^the\s+/i, (m) => (word === 'for' ? '' : m));
    if (!isOutletName(outlet)) return null;
    if (!hasBy && !evidence) return null;
    fields.push({ kind: 'outlet', value: outlet });
  }
  return evidence ? fields : null;
}

export interface Dateline {
  /** Characters the dateline occupies at the start of the paragraph, separator and spaces included. */
  readonly length: number;
  /** The place as written ("BEIJING", "Samarkand, Uzbekistan"), or null for a date- or agency-only dateline. */
  readonly place: string | null;
  readonly date: IsoDate | null;
  readonly agency: string | null;
}

const AGENCY = '\\(([A-Z][A-Za-z&.-]{1,20}(?:[ ][A-Z][A-Za-z&.-]{1,20}){0,2})\\)';
// Press-release and TASS style: "/PRNewswire/", "/TASS/".
const SLASH_AGENCY = '/([A-Z][A-Za-z-]{1,24}(?:[ ][A-Z][A-Za-z-]{1,20}){0,2})/';
// The separator must be followed by a space or the line's end, so "COVID-19" is never read as a place and a dash.
const SEPARATOR = '\\s*(?:[:—–]|-{1,2})(?:\\s+|$)';
const SLASH_SEPARATOR = `\\s*${SLASH_AGENCY}\\s*(?:[.:—–]|-{1,2})?(?:\\s+|$)`;
// "MOSCOW/BEIJING": a report filed from both ends of a call or a trip.
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:[ /]\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}.'’-]+(?:[ ](?:\\p{Lu}[\\p{Ll}.'’-]+|de|del|do|da)){0,2}";
const DAY_MONTH =
  "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:,?\\s+\\d{4})?";
// "Kazan [Russia], October 22 :" (the ANI style) names the country in brackets.
const PLACE_REST = `(?:\\s*\\[\\p{Lu}[\\p{L} ]{1,30}\\])?(?:,\\s*(?:${TITLE_PLACE}|${CAPS_PLACE}))?`;
const DATE_PART = `(?:,\\s*(${DAY_MONTH})\\.?)`;
// CAPS place, optional date and agency: "BEIJING:", "NEW DELHI, Dec 5 (Reuters) -", "MOSCOW (AP) —", "TAIPEI-",
// "WASHINGTON, Oct. 18, 2023 /PRNewswire/ --", "MOSCOW, March 20. /TASS/.".
const CAPS_DATELINE = new RegExp(
  `^(${CAPS_PLACE}${PLACE_REST})${DATE_PART}?(?:\\s*(?:${AGENCY})?${SEPARATOR}|${SLASH_SEPARATOR})`,
  'u',
);
// Title-case place needs a date or an agency to tell it from a sentence: "Beijing, Dec 15 (PTI):", "Kyiv (AFP) -".
const TITLE_DATELINE = new RegExp(
  `^(${TITLE_PLACE}${PLACE_REST})(?:${DATE_PART}\\s*(?:${AGENCY})?${SEPARATOR}|${DATE_PART}?\\s*${AGENCY}${SEPARATOR}|${DATE_PART}?${SLASH_SEPARATOR})`,
  'u',
);
// A title-case place and a colon alone ("Beijing: …") reads like a label ("Analysis: …") or a speaker ("Putin: “…”"),
// so it counts only before a capitalised, unquoted sentence and when the word is not a known label.
const TITLE_COLON_DATELINE = new RegExp(`^(${TITLE_PLACE}${PLACE_REST}):\\s+(?=\\p{Lu})`, 'u');
const LABELS =
  /^(?:note|notes|update|updates|updated|breaking|summary|analysis|opinion|exclusive|watch|explainer|comment|commentary|live|video|photos?|warning|correction|clarification|editor'?s note|key points|highlights|context|background|interview|review|report|fact check|factbox|timeline|transcript|source|sources|credit|translation|disclaimer|quote|question|answer|q|a|read|listen|see|related|also|more|why|what|how|who|when|where|first|second|third|finally|today|yesterday|tomorrow|tl;dr|bottom line|takeaway|takeaways|the big picture|what we know|why it matters|caption|image|photo|video|title|headline|abstract|story|lead|dateline|subject|topic|location|place|date|time|author|by|category|tags|section|keywords|reuters|ap|afp)$/i;
// Agency alone: "(CNN) — …", "(Reuters) - …".
const AGENCY_DATELINE = new RegExp(`^${AGENCY}${SEPARATOR}`);
const DATE_SEPARATOR = new RegExp(`^${SEPARATOR}`);

/** A dateline at the start of a paragraph, or null. A bare place or date must be followed by text or end the line. */
export function parseDateline(paragraph: string): Dateline | null {
  const datePrefix = leadingAbsoluteDate(paragraph);
  if (datePrefix !== null) {
    const sep = DATE_SEPARATOR.exec(paragraph.slice(datePrefix.end));
    if (sep === null || sep[0].trim().length === 0) return null;
    return { length: datePrefix.end + sep[0].length, place: null, date: datePrefix.date, agency: null };
  }
  const agencyOnly = AGENCY_DATELINE.exec(paragraph);
  if (agencyOnly !== null) return { length: agencyOnly[0].length, place: null, date: null, agency: agencyOnly[1] ?? null };
  const m = CAPS_DATELINE.exec(paragraph) ?? TITLE_DATELINE.exec(paragraph);
  if (m === null) {
    const colon = TITLE_COLON_DATELINE.exec(paragraph);
    const place = colon?.[1];
    if (colon === null || place === undefined || LABELS.test(place)) return null;
    return { length: colon[0].length, place, date: null, agency: null };
  }
  // "Kazan [Russia]": the bracketed country says where the city is; the dateline's place is the city.
  const place = (m[1] ?? '').replace(/\s*\[[^\]]*\]/u, '');
  // One capital letter or an acronym glued to a colon inside a sentence ("US: …") is still a dateline; "I:" is not.
  if (place.replace(/[^\p{L}]/gu, '').length < 2) return null;
  // Dates hold digits and agencies never do, whichever alternative of the pattern matched.
  const groups = m.slice(2).filter((g): g is string => g !== undefined);
  const dayMonth = groups.find((g) => /\d/.test(g));
  const agency = groups.find((g) => !/\d/.test(g)) ?? null;
  const date = dayMonth === undefined ? null : leadingAbsoluteDate(dayMonth)?.date ?? null;
  return { length: m[0].length, place, date, agency };
}

// A photo credit closing a caption: "(Xinhua/Ju Peng)", "(AP Photo/Ada Berg, Pool)", "(Ada Berg/Pool via AP)",
// "PHOTO: REUTERS", "Photo: AP"; or one opening it, "Photo: EPA …", "© Harbour Wire / Ada Berg …".
const CAPTION_CREDIT =
  /\((?:\p{Lu}[^()/]{0,40}\/[^()]{1,60}|[^()]{0,60}\b(?:photo|via (?:AP|AFP|EPA|Reuters|Getty Images))\b[^()]{0,40})\)\.?$|(?:^|\s)(?:photo|image|picture)s?\s*:\s*\p{Lu}[\p{L}. /]{0,40}$|^(?:photo|image|picture)s?\s*:|^©/iu;
// The words that say a picture is described: "file photo", "pictured".
const CAPTION_WORDS = /\b(?:file (?:photo|picture|image)|pictured)\b/i;
// Before a caption's closing date: a place and a comma, perhaps "on" and a weekday ("in Moscow, Russia, May 9, 2015",
// "in Beijing, Saturday June 25, 2016", "in Vladivostok, Russia, on Sept 11, 2018"). The place is no weekday: "said on
// Tuesday, 4 June 2031" is prose.
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const PLACE_BEFORE_DATE = new RegExp(`(?<!\\p{L})(?!${WEEKDAY}\\b)\\p{Lu}[\\p{L}.'’-]*,\\s+(?:on\\s+)?(?:${WEEKDAY},?\\s+)?$`, 'u');
// After it: the sentence's end, then a credit, a site's name after a dash, or the next sentence.
const AFTER_CAPTION_DATE = /^(?:\.?\s*$|\.?\s+[-–—|]\s*[\p{L} .]{1,40}$|\.\s+(?=[\p{Lu}(]))/u;

/**
 * A photo caption: it describes a picture, so its date is the picture's, which may be a file photo's from another
 * day, never by itself the day of the piece. Told by a credit, by "file photo" or "pictured", or by a sentence that
 * ends on a place and a full date ("…at a hotel in Goa, India, October 16, 2031."), as news prose seldom does.
 */
export function isPhotoCaption(paragraph: string): boolean {
  const text = paragraph.trim();
  if (CAPTION_CREDIT.test(text) || CAPTION_WORDS.test(text)) return true;
  return findAbsoluteDates(text).some((d) => {
    const before = text.slice(Math.max(0, d.offset - 60), d.offset);
    return PLACE_BEFORE_DATE.test(before) && AFTER_CAPTION_DATE.test(text.slice(d.offset + d.text.length));
  });
}

// The place a caption shows: the name after its last "in", "at" or "city of" before the date ("…hotel in Goa, India, October
// 16, 2031" → "Goa"), else the name just before the commas that lead to the date ("…Summit Durban, South Africa, …").
const PLACE_WORD = "\\b(?:in|at|(?:city|town|port|village|province|region) of)\\s+";
const CAPTION_PLACE_AFTER_IN = new RegExp(`${PLACE_WORD}(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,2})\\b(?!.*${PLACE_WORD}\\p{Lu})`, 'u');
const CAPTION_PLACE_BEFORE_COMMA = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}),[^,]{0,40}(?:,[^,]{0,40})?,?\s*$/u;

/** The place a photo caption shows, as written, or null when it has no full date or names no place before it. */
export function captionPlace(caption: string): string | null {
  const date = findAbsoluteDates(caption)[0];
  if (date === undefined) return null;
  const before = caption.slice(Math.max(0, date.offset - 120), date.offset);
  return CAPTION_PLACE_AFTER_IN.exec(before)?.[1] ?? CAPTION_PLACE_BEFORE_COMMA.exec(before)?.[1] ?? null;
}

/** A headline: a short line that does not read as a sentence (no closing full stop, no trailing comma or colon). */
export function looksLikeHeadline(line: string): boolean {
  // A bulleted line is a list item (a menu, a ticker), never the headline.
  if (/^\s*[•·▪‣◦]/.test(line)) return false;
  const t = line.trim().replace(/^#+\s*/, '');
  if (t.length < 8 || t.length > 200) return false;
  const words = t.split(/\s+/);
  // One or two words are a site's section or menu entry ("All news", "World news") far more often than a headline.
  if (words.length < 3 || words.length > 25) return false;
  if (/[.,;:\-–—]["”’)]?$/.test(t)) return false;
  // A photo caption above the story describes its picture ("… summit, Sept. 3, 2031. (Harbour Wire/Tom Haller)").
  return /^[\p{Lu}\p{N}"“‘'«]/u.test(t) && !isPhotoCaption(t);
}
