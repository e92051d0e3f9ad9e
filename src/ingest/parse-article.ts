/**
 * One article file's text → a clean, dated, citable `Article`. Pure: no I/O, and it never throws for any string
 * (a property test holds it to that). Steps: HTML extraction (for .html/.htm or text that is plainly HTML) →
 * lines → header metadata, bylines, headline, furniture → paragraphs (hard-wrapped lines joined) → dateline
 * stripped → repeated blocks dropped → sentences with offsets into the original text.
 *
 * Offsets index `text` exactly as given: a file read with `readFileSync(path, 'utf8')` keeps a leading BOM
 * (U+FEFF), and it is counted like any character. Sentence text is the verbatim slice at its offset, except where
 * HTML entities or tags (extract-html.ts) or inline Markdown (strip-markdown.ts) were removed; then the offset
 * points at the sentence's first visible character.
 *
 * Publication date: a stated date (metadata header, bare `date …` / `Posted on …` line, date-only header line, a
 * byline's date, HTML meta; an `Updated …` line when nothing else is stated) gives `publishedInferred: false`.
 * Otherwise it is inferred (`true`) from, in order: a dateline date at the start of the
 * body (`Feb 4, 2022:`, `WASHINGTON, Feb. 4, 2022 (AP) —`), or the first full
 * day-month-year date in the first two paragraphs (the lead), taken in reading order: the
 * first date a lead names is the news itself, while the earliest is often background ("since March 1, 2020"). A dateline is a place and/or date at the very start
 * of the first body paragraph (or on a line of its own) followed by `:`, `—` or `-` and a space.
 */
import { createHash } from 'node:crypto';
import type { Article, IsoDate, Result, Sentence } from '../domain.js';
import { err, ok } from '../domain.js';
import { comparisonKey, outletNamedIn, screenLine } from './clean-text.js';
import { captionPlace, isPhotoCaption, isPlaceholderDate, looksLikeHeadline, parseByline, parseDateline, parseDateOnlyLine, parseHeaderLine } from './detect-layout.js';
import type { HeaderField } from './detect-layout.js';
import { extractHtml } from './extract-html.js';
import type { HtmlMeta } from './extract-html.js';
import { findAbsoluteDates, leadingAbsoluteDate, monthNumber, toIsoDate } from './find-absolute-dates.js';
import { ingestError } from './ingest-error.js';
import type { IngestError } from './ingest-error.js';
import { splitSentences } from './split-sentences.js';
import { hasInlineMarkdown, maskLinkTargets, stripInlineMarkdown } from './strip-markdown.js';

interface Span {
  start: number;
  end: number;
}

interface Fields {
  title: string | null;
  published: IsoDate | null;
  updated: IsoDate | null;
  author: string | null;
  outlet: string | null;
  bylineAuthor: string | null;
  bylineOutlet: string | null;
  aboutAuthor: string | null;
  url: string | null;
}

const TITLE_WORDS = 12;
const TITLE_CHARS = 90;
const LEAD_PARAGRAPHS = 2;
/** How far down the page a wire dateline may still open the story, past menus and banners. */
const DEEP_DATELINE_PARAGRAPHS = 60;

export function articleId(file: string, text: string): string {
  return createHash('sha256').update(file).update('\0').update(text).digest('hex').slice(0, 16);
}

export function isHtmlFile(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text.slice(0, 200));
}

export function parseArticle(file: string, text: string): Result<Article, IngestError> {
  const parsed = parseArticleDetailed(file, text);
  return parsed.ok ? ok(parsed.value.article) : parsed;
}

/** What the layout said beyond the shared `Article` type: the dateline's place and agency (`MOSCOW (AP) —`). */
export interface ArticleLayout {
  readonly article: Article;
  readonly dateline: { readonly place: string | null; readonly agency: string | null } | null;
}

/** `parseArticle`, plus the dateline it found (its place is where the story was filed, a hint for event places). */
export function parseArticleDetailed(file: string, text: string): Result<ArticleLayout, IngestError> {
  if (typeof text !== 'string' || text.length === 0) return err(ingestError('empty', file, 'file is empty'));
  if (text.trim().length === 0) return err(ingestError('empty', file, 'file holds only whitespace'));
  if (text.includes('\u0000')) return err(ingestError('binary', file, 'looks binary (NUL bytes), not an article'));
  try {
    return parseText(file, text);
  } catch (cause) {
    // A bug here must cost one file, not the whole ingest: report it like any other bad file.
    return err(ingestError('parse-failed', file, `could not parse: ${cause instanceof Error ? cause.message : String(cause)}`));
  }
}

function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('\r')) {
    // Fast path: indexOf is native; nearly every file uses bare \n.
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      spans.push({ start, end: nl });
      start = nl + 1;
    }
    spans.push({ start, end: text.length });
    return spans;
  }
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      spans.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return spans;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function applyFields(fields: Fields, found: readonly HeaderField[], fromByline: boolean): void {
  for (const f of found) {
    switch (f.kind) {
      case 'title':
        fields.title ??= stripMarkup(f.value);
        break;
      case 'published':
        fields.published ??= f.value;
        break;
      case 'updated':
        fields.updated ??= f.value;
        break;
      case 'author':
        if (fromByline) fields.bylineAuthor ??= f.value;
        else fields.author ??= f.value.replace(/^by\s+/i, '');
        break;
      case 'outlet':
        if (fromByline) fields.bylineOutlet ??= f.value;
        else fields.outlet ??= f.value;
        break;
      case 'about-author':
        fields.aboutAuthor ??= f.value;
        break;
      case 'url':
        fields.url ??= f.value;
        break;
      default:
        break;
    }
  }
}

// Both run on every paragraph: skip the regex replace when there is nothing to collapse (the common case).
const normalize = (s: string): string => (/\s\s|[\t\n\r\f\v\u00a0\u2000-\u200a\u2028\u2029\u3000]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());
/** Heading marks, emphasis and link syntax off a header value or headline. */
function stripMarkup(s: string): string {
  const inline = hasInlineMarkdown(s) ? stripInlineMarkdown(s).text : s;
  let a = 0;
  let b = inline.length;
  while (a < b && '#*_> \t\u00a0'.includes(inline[a] ?? '')) a++;
  while (b > a && '*_ \t\u00a0'.includes(inline[b - 1] ?? '')) b--;
  return normalize(inline.slice(a, b));
}

/** Lines of one block that were hard-wrapped at a fixed width belong to one paragraph. */
function looksWrapped(text: string, run: readonly Span[]): boolean {
  if (run.length < 2) return false;
  let open = false;
  for (let k = 0; k < run.length - 1; k++) {
    const line = run[k];
    if (line === undefined) return false;
    const length = line.end - line.start;
    if (length < 25 || length > 110) return false;
    if (!/[.!?:"”’]$/.test(text.slice(line.start, line.end))) open = true;
  }
  return open;
}

const UNKNOWN_METADATA = /^\p{Lu}\p{Ll}+(?: [\p{L}\d]+){0,2}: .{0,80}[^.!?"”]$/u;
// One or two words without sentence punctuation, or a bare clock ("00:00:00 UTC").
const SECTION_LABEL = /^(?:[^\s.!?:;,"“”]+(?: [^\s.!?:;,"“”]+)?|\d{1,2}:\d{2}(?::\d{2})?(?: ?[A-Z]{2,4})?)$/u;
/** A field or setting label left without its value ("Font size:", "Site colours:", "Author :"): a page's form, not text. */
const EMPTY_LABEL = /^\p{L}[\p{L}\d'’-]*(?: [\p{L}\d'’-]+){0,2} ?:$/u;
/**
 * The site speaking to its reader above the headline ("we have disabled all ads to improve your reading experience",
 * "Your support can help us"): "we"/"us"/"our" beside "you"/"your", outside quotation marks. A news story's own first
 * lines report; they seldom talk to the reader.
 */
const READER_APPEAL = /^(?=[^"“”]*\b(?:[Ww]e|us|[Oo]ur)\b)(?=[^"“”]*\b(?:[Yy]ou|[Yy]our)\b)[^"“”]{0,300}$/;
const HEADLINE_WORDS = 14;
/** A bulleted item of a few words above the headline: a menu entry or a ticker's index name ("• Straits Times Index"). */
const HEADER_LIST_ITEM = /^\s*[•·▪‣◦*-]\s+\S+(?:\s+\S+){0,3}$/;
const PUBLISHED_LINE = /^(?:published|posted|first published|updated|last updated)\b/i;
const RULE = /^(?:[-*_=]\s*){3,}$/;
const SETEXT_UNDERLINE = /^\s*(?:={3,}|-{3,})\s*$/;
const LIST_MARKER = /^(?:[-*+•]\s+|\d{1,3}[.)]\s+|>\s*)/;
// A subheading glued to the paragraph by a no-break space: "Solid friendship\u00a0 Xi attended…".
const NBSP_SUBHEADING = /^\p{Lu}[\p{L}'’-]*(?:[ ][\p{L}'’-]+){0,4}\u00a0\s*(?=[\p{Lu}"“])/u;
// A subheading glued to a run-together sentence: "Back to backChina and Russia…" (last word lower-case, ≥ 3 letters).
const GLUED_SUBHEADING = /^\p{Lu}\p{Ll}*(?:[ ]\p{Ll}+){0,3}[ ]\p{Ll}{3,}(?=\p{Lu}\p{Ll})/u;

/** A metadata label alone on its line, its value on the next: "Date", "Published on", "Publication date". */
const DATE_LABEL = /^(?:date|dated|published(?: on)?|posted(?: on)?|publication date|date published)\s*:?$/i;

function previousLine(text: string, lines: readonly Span[], index: number): string {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const l = lines[k];
    const trimmed = l === undefined ? '' : text.slice(l.start, l.end).trim();
    if (trimmed !== '') return trimmed;
  }
  return '';
}

function parseText(file: string, original: string): Result<ArticleLayout, IngestError> {
  const html = isHtmlFile(file, original) ? extractHtml(original) : null;
  const text = html?.text ?? original;
  const toSource = html?.toSource ?? ((i: number): number => i);
  const meta: HtmlMeta | null = html?.meta ?? null;

  const fields: Fields = {
    title: null, published: null, updated: null, author: null, outlet: null, bylineAuthor: null, bylineOutlet: null, aboutAuthor: null,
    url: null,
  };
  let headline: string | null = null;
  let markdownTitle: string | null = null;
  let datelineAgency: string | null = null;
  let datelineDate: IsoDate | null = null;
  let datelinePlace: string | null = null;
  let sawDateline = false;
  /** The dateline as written, for a day and month it gives without a year. */
  let datelineText: string | null = null;
  const namedOutlets: string[] = [];
  const bodyLines: { span: Span; run: number; list: boolean }[] = [];

  const lines = lineSpans(text);
  let index = 0;
  // YAML front matter (--- … ---) at the top of a Markdown file holds header fields.
  const firstLine = lines[0] === undefined ? '' : text.slice(lines[0].start, lines[0].end).trim();
  if (firstLine === '---') {
    const close = lines.findIndex((l, k) => k > 0 && k < 60 && text.slice(l.start, l.end).trim() === '---');
    if (close > 0) {
      for (let k = 1; k < close; k++) {
        const l = lines[k];
        const parsed = l === undefined ? null : parseHeaderLine(text.slice(l.start, l.end));
        if (parsed !== null) applyFields(fields, parsed.fields, false);
      }
      index = close + 1;
    }
  }

  let inHeader = true;
  let run = 0;
  for (; index < lines.length; index++) {
    const raw = lines[index];
    if (raw === undefined) continue;
    const span = trimSpan(text, raw);
    if (span.start === span.end) {
      run++;
      continue;
    }
    const line = text.slice(span.start, span.end);
    if (inHeader) {
      const header = parseHeaderLine(line);
      if (header !== null) {
        applyFields(fields, header.fields, false);
        if (header.fields.some((f) => f.kind === 'body-starts')) inHeader = false;
        // What follows a leading date on its line is the body, unless it is only a section ("date 2024-05-01 World").
        const rest = header.bodyFrom === null ? '' : line.slice(header.bodyFrom).trim();
        // …or page furniture ("date 2024-05-01 Back to Main page"), or the headline alone on its paragraph.
        const next = lines[index + 1];
        const endsParagraph = next === undefined || text.slice(next.start, next.end).trim() === '';
        // A headline is short; a longer unpunctuated line there is the lead cut off by the scrape.
        if (header.bodyFrom !== null && headline === null && endsParagraph && looksLikeHeadline(rest) && rest.split(/\s+/).length <= HEADLINE_WORDS) {
          headline = stripMarkup(rest);
        } else if (header.bodyFrom !== null && !SECTION_LABEL.test(rest) && !screenLine(rest).furniture) {
          inHeader = false;
          bodyLines.push({ span: { start: span.start + header.bodyFrom, end: span.end }, run, list: false });
        }
        run++;
        continue;
      }
    }
    // A line that is only a date (and time, and short segments after a bar or slash: "March 21, 2023 / 14:00 /
    // The Kremlin, Moscow"; perhaps after its agency, "(Xinhua) 09:59, May 10, 2015") states when the piece was
    // published; it is never a sentence.
    // Below a site menu the header may start late; a field label on its own line ("Date", "Published") vouches for the
    // date on the next line wherever it stands.
    if (inHeader || bodyLines.length < 3 || DATE_LABEL.test(previousLine(text, lines, index))) {
      const dateOnly = parseDateOnlyLine(line);
      if (dateOnly !== null) {
        if (!isPlaceholderDate(dateOnly.date)) fields.published ??= dateOnly.date;
        if (dateOnly.agency !== null) datelineAgency ??= dateOnly.agency;
        run++;
        continue;
      }
    }
    if (!inHeader && bodyLines.length < 3 && PUBLISHED_LINE.test(line)) {
      // "Published May 16, 2024" or "UPDATED : …" under a standfirst: the header went on below the first paragraph.
      const late = parseHeaderLine(line);
      if (late !== null && late.bodyFrom === null && late.fields.every((f) => f.kind === 'published' || f.kind === 'updated')) {
        applyFields(fields, late.fields, false);
        run++;
        continue;
      }
    }
    if (inHeader || bodyLines.length < 3) {
      const byline = parseByline(stripMarkup(line));
      if (byline !== null) {
        applyFields(fields, byline, true);
        run++;
        continue;
      }
    }
    const screen = screenLine(line);
    if (screen.outlet !== null) namedOutlets.push(screen.outlet);
    if (screen.furniture) {
      run++;
      continue;
    }
    // A rule ("---", "* * *", "=====") separates; a line underlined by one is a Setext heading ("Title\n=====").
    if (html === null && RULE.test(line)) {
      run++;
      continue;
    }
    const underline = lines[index + 1];
    if (html === null && underline !== undefined && SETEXT_UNDERLINE.test(text.slice(underline.start, underline.end))) {
      if (text[underline.start] === '=' || text.slice(underline.start, underline.end).trim().startsWith('=')) markdownTitle ??= stripMarkup(line);
      index++;
      run++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading !== null) {
      if (heading[1] === '#' && markdownTitle === null) markdownTitle = stripMarkup(heading[2] ?? '');
      run++;
      continue;
    }
    if (inHeader && headline === null && looksLikeHeadline(line) && !/^\*\*/.test(line)) {
      const candidate = stripMarkup(line);
      const known = fields.title ?? meta?.ogTitle ?? meta?.h1 ?? null;
      const following = lines[index + 1];
      const continues = following !== undefined && /^\s*\p{Ll}/u.test(text.slice(following.start, following.end));
      if (!continues && (known === null || comparisonKey(known) === comparisonKey(candidate))) {
        headline = candidate;
        run++;
        continue;
      }
    }
    // Unknown metadata before the body ("Reading time: 3 min", "Image credit: …"): a short key and a short value.
    // A line of one or two words above the headline is a site's menu or section ("All news", "World", "Kremlin.ru"),
    // and a label with no value there is a form's ("Font size:").
    const aboveHeadline =
      headline === null && (SECTION_LABEL.test(line) || READER_APPEAL.test(line) || HEADER_LIST_ITEM.test(line) || EMPTY_LABEL.test(line));
    if (inHeader && bodyLines.length === 0 && (UNKNOWN_METADATA.test(line) || aboveHeadline)) {
      run++;
      continue;
    }
    if (inHeader) {
      const dateline = parseDateline(line);
      if (dateline !== null && dateline.length >= line.length) {
        datelineText ??= line;
        datelineAgency ??= dateline.agency;
        datelineDate ??= dateline.date;
        datelinePlace ??= dateline.place;
        sawDateline = true;
        run++;
        continue;
      }
    }
    inHeader = false;
    const list = LIST_MARKER.exec(line);
    bodyLines.push({ span: { start: span.start + (list?.[0].length ?? 0), end: span.end }, run, list: list !== null });
  }

  // A lone short line taken for a headline is the whole text when nothing else is left.
  if (bodyLines.length === 0 && headline !== null) {
    const only = lines.map((l) => trimSpan(text, l)).find((s) => stripMarkup(text.slice(s.start, s.end)) === headline);
    if (only !== undefined) bodyLines.push({ span: only, run: 0, list: false });
    headline = null;
  }

  // Group body lines into paragraphs.
  const paragraphSpans: Span[] = [];
  for (let k = 0; k < bodyLines.length; ) {
    let j = k + 1;
    const first = bodyLines[k];
    if (first === undefined) break;
    while (j < bodyLines.length && bodyLines[j]?.run === first.run && bodyLines[j]?.list === false && !first.list) j++;
    const group = bodyLines.slice(k, j).map((b) => b.span);
    if (html === null && looksWrapped(text, group)) {
      paragraphSpans.push({ start: group[0]?.start ?? 0, end: group[group.length - 1]?.end ?? 0 });
    } else {
      paragraphSpans.push(...group.map((s) => ({ ...s })));
    }
    k = j;
  }

  // The dateline opens the first paragraph: take its place, date and agency out of the text.
  const firstParagraph = paragraphSpans[0];
  if (firstParagraph !== undefined) {
    const dateline = parseDateline(text.slice(firstParagraph.start, Math.min(firstParagraph.end, firstParagraph.start + 160)));
    if (dateline !== null) {
      datelineText ??= text.slice(firstParagraph.start, firstParagraph.start + dateline.length);
      datelineAgency ??= dateline.agency;
      datelineDate ??= dateline.date;
      datelinePlace ??= dateline.place;
      sawDateline = true;
      firstParagraph.start = Math.min(firstParagraph.end, firstParagraph.start + dateline.length);
      Object.assign(firstParagraph, trimSpan(text, firstParagraph));
    }
  }

  // Page chrome (menus, banners) can come before the story: a wire dateline with a date or an agency further down
  // ("MOSCOW, July 4. /TASS/. …") opens the lead there.
  let leadStart: number | null = null;
  if (!sawDateline) {
    for (const p of paragraphSpans.slice(1, DEEP_DATELINE_PARAGRAPHS)) {
      const opening = text.slice(p.start, Math.min(p.end, p.start + 160));
      const dateline = parseDateline(opening);
      if (dateline === null || dateline.place === null || (dateline.agency === null && dateline.date === null) || !/^\p{Lu}{2}/u.test(opening)) continue;
      datelineAgency ??= dateline.agency;
      datelineDate ??= dateline.date;
      datelinePlace ??= dateline.place;
      sawDateline = true;
      datelineText = opening.slice(0, dateline.length);
      p.start = Math.min(p.end, p.start + dateline.length);
      Object.assign(p, trimSpan(text, p));
      leadStart = p.start;
      break;
    }
  }

  // Split on a view where link targets are masked, so a URL's dots never end a sentence; indices are unchanged.
  const splitView = html === null ? maskLinkTargets(text) : text;
  const mayHaveMarkdown = html === null && hasInlineMarkdown(text);
  const sentences: Sentence[] = [];
  const paragraphs: string[] = [];
  const seenSentences = new Set<string>();
  for (const paragraph of paragraphSpans) {
    // The no-break space is what the pattern hangs on; most paragraphs have none in their first 80 characters.
    const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 80));
    const glued = opening.includes('\u00a0') ? NBSP_SUBHEADING.exec(opening) : null;
    if (glued !== null) paragraph.start += glued[0].length;
    if (paragraph.start >= paragraph.end) continue;

    const spans = splitSentences(splitView, paragraph.start, paragraph.end);
    const candidates: { start: number; text: string }[] = [];
    for (let k = 0; k < spans.length; k++) {
      const s = spans[k];
      if (s === undefined) continue;
      let start = s.start;
      if (k > 0 && start === spans[k - 1]?.end) {
        const sub = GLUED_SUBHEADING.exec(text.slice(start, Math.min(s.end, start + 60)));
        if (sub !== null) start += sub[0].length;
      }
      let sentenceText = text.slice(start, s.end);
      if (mayHaveMarkdown && hasInlineMarkdown(sentenceText)) {
        const plain = stripInlineMarkdown(sentenceText);
        if (plain.text.length === 0 || !/[\p{L}\p{N}]/u.test(plain.text)) continue;
        start += plain.lead;
        sentenceText = plain.text;
      }
      // Lines were already screened for furniture; a widget glued to the end of a paragraph is the one left to catch.
      if (spans.length > 1 && k === spans.length - 1) {
        const screen = screenLine(sentenceText);
        if (screen.outlet !== null) namedOutlets.push(screen.outlet);
        if (screen.furniture) continue;
      }
      candidates.push({ start, text: sentenceText });
    }
    // A block the scrape repeated counts once: every sentence of 20+ characters already seen means the paragraph
    // is a copy, short ones included. A long sentence repeated elsewhere counts once too (scraped copies are exact).
    const longOnes = candidates.filter((c) => c.text.length >= 20);
    if (longOnes.length > 0 && longOnes.every((c) => seenSentences.has(c.text))) continue;
    const kept: string[] = [];
    for (const c of candidates) {
      if (c.text.length >= 20 && seenSentences.has(c.text)) continue;
      seenSentences.add(c.text);
      kept.push(c.text);
      sentences.push({ index: sentences.length, paragraph: paragraphs.length, text: c.text, offset: toSource(c.start) });
    }
    if (kept.length > 0) paragraphs.push(normalize(kept.join(' ')));
  }

  if (sentences.length === 0) return err(ingestError('no-text', file, 'no article text found (only headers, markup or page furniture)'));

  const firstSentence = sentences[0]?.text ?? '';
  const title = chooseTitle(fields, meta, markdownTitle, headline, firstSentence);
  const outlet =
    fields.outlet ?? meta?.siteName ?? datelineAgency ?? fields.bylineOutlet ??
    (fields.aboutAuthor === null ? null : outletNamedIn(fields.aboutAuthor)) ?? namedOutlets[0] ?? titleSuffixOutlet(meta) ??
    hostOutlet(fields.url);
  const author = fields.author ?? meta?.author ?? fields.bylineAuthor;

  const statedHtmlDate = meta?.published === null || meta?.published === undefined ? null : leadingAbsoluteDate(meta.published)?.date ?? null;
  // An "Updated …" line states a date too; it stands in only when no publication date is given.
  const stated = fields.published ?? statedHtmlDate ?? fields.updated;
  // A photo caption's date is the picture's, perhaps a file photo's from another day and place.
  const prose = paragraphs.filter((p) => !isPhotoCaption(p) || captionShowsStory(p, datelinePlace, paragraphs, title));
  const leadDate = firstNewsDate(prose.slice(0, LEAD_PARAGRAPHS).join('\n'));
  // A dateline's own day and month ("LISBON, March 3. /LUSA/.") is the news day: a full date in the lead is then
  // something the story looks back on or ahead to, and lends only its year.
  const yearlessDateline = datelineDate === null && datelineText !== null && DATELINE_DAY.test(datelineText);
  const inferred = datelineDate ?? (yearlessDateline ? null : leadDate) ?? (stated === null ? datelineYear(datelineText, prose) : null);
  const leadSentence = leadStart === null ? -1 : sentences.findIndex((x) => x.offset >= toSource(leadStart ?? 0));

  const article: Article = {
    id: articleId(file, original),
    file,
    title,
    outlet: outlet === null ? null : normalize(outlet),
    author: author === null ? null : normalize(author),
    published: stated ?? inferred,
    publishedInferred: stated === null && inferred !== null,
    ...(datelinePlace !== null ? { dateline: datelinePlace } : {}),
    ...(leadSentence > 0 ? { leadSentence } : {}),
    paragraphs,
    sentences,
  };
  return ok({ article, dateline: sawDateline ? { place: datelinePlace, agency: datelineAgency } : null });
}

const FILE_PHOTO = /\bfile (?:photo|picture|image)\b/i;

/**
 * Whether a photo caption shows the story's own scene, so its date may stand in for the piece's: its place is where
 * the story was filed (the dateline's), or, with no dateline, a place the story names outside its captions. A file
 * photo never does. ("…in Goa, India, October 16, 2031" above a story filed from LIMA shows another day.)
 */
function captionShowsStory(caption: string, datelinePlace: string | null, paragraphs: readonly string[], title: string): boolean {
  if (FILE_PHOTO.test(caption)) return false;
  const place = captionPlace(caption)?.toLowerCase();
  if (place === undefined) return false;
  if (datelinePlace !== null) return datelinePlace.toLowerCase().includes(place) || place.includes(datelinePlace.toLowerCase());
  const named = new RegExp(`(?<!\\p{L})${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'iu');
  return [title, ...paragraphs.filter((p) => !isPhotoCaption(p))].some((p) => named.test(p));
}

const DATELINE_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b|\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;

/**
 * A dateline's day and month with no year ("BEIJING, December 15. /TASS/.") in an otherwise undated text: the year
 * of the latest full date the story names, when the dateline's day falls on or after it (a story looks back at what
 * it dates). Null when the text names no full date or when that day would come before one of them.
 */
function datelineYear(dateline: string | null, paragraphs: readonly string[]): IsoDate | null {
  const m = dateline === null ? null : DATELINE_DAY.exec(dateline);
  if (m === null) return null;
  const month = monthNumber(m[1] ?? m[4] ?? '');
  const day = Number(m[2] ?? m[3]);
  const latest = findAbsoluteDates(paragraphs.join('\n')).map((d) => d.date).filter((d) => !isPlaceholderDate(d)).sort().at(-1);
  if (month === null || latest === undefined) return null;
  const candidate = toIsoDate(Number(latest.slice(0, 4)), month, day);
  return candidate !== null && candidate >= latest ? candidate : null;
}

/** A date after "since", "until", "from"… bounds a state ("Since July 1, 2024, we have…"): it is not the day of the news. */
const BOUNDING_WORD = /\b(?:since|until|till|from|through|before|after|by)\s*$/i;

function firstNewsDate(lead: string): IsoDate | null {
  const found = findAbsoluteDates(lead).find((d) => !BOUNDING_WORD.test(lead.slice(Math.max(0, d.offset - 10), d.offset)) && !isPlaceholderDate(d.date));
  return found?.date ?? null;
}

/**
 * The first sentence as a title: whole when short (without its full stop), else cut at a word boundary after at
 * most ~12 words or 90 characters and marked with "…". Text without spaces (Chinese, Japanese) is cut by characters.
 */
export function shortenToTitle(sentence: string): string {
  const plain = normalize(sentence);
  const words = plain.split(' ');
  if (words.length <= TITLE_WORDS && plain.length <= TITLE_CHARS) return plain.replace(/[.!?]+$/, '');
  let cut = words.slice(0, TITLE_WORDS).join(' ');
  if (cut.length > TITLE_CHARS) {
    const space = cut.lastIndexOf(' ', TITLE_CHARS);
    cut = space >= TITLE_CHARS / 3 ? cut.slice(0, space) : Array.from(cut).slice(0, TITLE_CHARS * 0.6).join('');
  }
  // No dangling comma, dash, opening quote or joining word ("…voted by a large majority on…") before the ellipsis.
  const trimmed = cut.replace(/[\s,;:\-–—(“‘"'«]+$/u, '');
  const tidy = trimmed.replace(/(?:\s+(?:a|an|the|of|on|in|to|at|by|for|with|and|or|from|as|its|their|his|her))+$/i, '');
  return `${tidy.length > 0 ? tidy : trimmed}…`;
}

/** "Talks end | The Daily Planet" → "Talks end", when the suffix is the site's name or short enough to be one. */
function stripSiteSuffix(title: string, siteName: string | null, separators = /[|–—-]/): string {
  const m = /^(.{8,}?)\s+([|–—-])\s+([^|–—-]{2,60})$/.exec(title);
  const [, main, separator, site] = m ?? [];
  if (main === undefined || separator === undefined || site === undefined || !separators.test(separator)) return title;
  const suffix = site.trim();
  if (siteName !== null && comparisonKey(suffix) === comparisonKey(siteName)) return main.trim();
  return suffix.split(/\s+/).length <= 4 ? main.trim() : title;
}

/** "https://www.example-news.com/…" → "example-news.com": a site's own name for itself, when nothing better is given. */
function hostOutlet(host: string | null): string | null {
  if (host === null) return null;
  const name = host.replace(/^(?:www\d?|m|amp|mobile|edition|news)\./, '');
  return name.includes('.') ? name : null;
}

function titleSuffixOutlet(meta: HtmlMeta | null): string | null {
  if (meta?.title === null || meta?.title === undefined) return null;
  const m = /\s[|–—-]\s+([^|–—-]{2,40})$/.exec(meta.title);
  const suffix = m?.[1]?.trim();
  return suffix !== undefined && suffix.split(/\s+/).length <= 4 ? suffix : null;
}

function chooseTitle(fields: Fields, meta: HtmlMeta | null, markdownTitle: string | null, headline: string | null, first: string): string {
  const siteName = meta?.siteName ?? null;
  const fromHtml = meta === null ? null : meta.ogTitle ?? meta.h1 ?? meta.title;
  // A scraped `Title:` is often the page's <title>: "Talks end | World News" loses its site part after a bar.
  const header = fields.title === null ? null : stripSiteSuffix(fields.title, siteName, /\|/);
  const title = header ?? (fromHtml === null ? null : stripSiteSuffix(fromHtml, siteName)) ?? markdownTitle ?? headline;
  return title !== null && title.length > 0 ? title : shortenToTitle(first);
}
