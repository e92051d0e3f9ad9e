/**
 * HTML → article text with htmlparser2: visible text blocks (one per line) plus page metadata (og:title, <title>,
 * <h1>, og:site_name, author, published time, JSON-LD). Scripts, styles, navigation, asides, footers, forms,
 * figures and elements whose class or id names a widget (share, comments, cookie, related, ad…) are dropped. When
 * the page marks its article (<article>, <main>, itemprop=articleBody) only that part is kept.
 *
 * Offsets: every character of the extracted text maps back to the HTML source. Text outside entities is verbatim
 * (a newline or tab inside a text node becomes a space, same position); a decoded entity maps to the entity's first
 * source character. So a sentence's offset is exact, and its text equals the source slice unless it spans an entity,
 * an inline tag or a line break.
 */
import { Parser } from 'htmlparser2';

export interface HtmlMeta {
  readonly title: string | null;
  readonly ogTitle: string | null;
  readonly h1: string | null;
  readonly siteName: string | null;
  readonly author: string | null;
  readonly published: string | null;
}

export interface ExtractedHtml {
  /** Visible text, one block per line. */
  readonly text: string;
  /** Source offset of the character at `index` in `text` (a block separator maps just past its block). */
  readonly toSource: (index: number) => number;
  readonly meta: HtmlMeta;
}

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'option', 'svg',
  'iframe', 'object', 'embed', 'canvas', 'figure', 'figcaption', 'picture', 'video', 'audio', 'dialog', 'menu',
  'label', 'input', 'textarea', 'head',
]);
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'table', 'tr', 'td', 'th', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr', 'body', 'address',
  'center', 'details', 'summary',
]);
const WIDGET_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|comments?|cookies?|consent|gdpr|newsletter|subscribe|subscription|related|advert|advertisement|ads?|adslot|promo|sponsored|menu|nav|navbar|navigation|breadcrumbs?|footer|sidebar|ticker|popup|modal|banner|caption|credits?|tags|toolbar|paywall|signup|outbrain|taboola|recommended|trending|widget)(?:$|[\s_-])/i;
const ARTICLE_MARK = /(?:^|\s)(?:articlebody|article-body|article__body|story-body|post-content|entry-content)(?:\s|$)/i;

interface Block {
  readonly parts: string[];
  /** Per part: where it starts in the block, where in the source, and whether it is verbatim. */
  readonly pieces: { readonly at: number; readonly source: number; readonly verbatim: boolean }[];
  length: number;
  inArticle: boolean;
}

interface OpenElement {
  readonly name: string;
  readonly skip: boolean;
  readonly article: boolean;
}

function firstJsonLdField(json: string, keys: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return found; // malformed JSON-LD is common and simply ignored
  }
  const visit = (node: unknown, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of keys) {
      if (found[key] !== undefined) continue;
      const value = record[key];
      if (typeof value === 'string') found[key] = value;
      else if (value !== null && typeof value === 'object') {
        const name = (Array.isArray(value) ? (value[0] as Record<string, unknown> | undefined) : (value as Record<string, unknown>))?.['name'];
        if (typeof name === 'string') found[key] = name;
      }
    }
    for (const value of Object.values(record)) visit(value, depth + 1);
  };
  visit(parsed, 0);
  return found;
}

export function extractHtml(html: string): ExtractedHtml {
  const blocks: Block[] = [];
  const stack: OpenElement[] = [];
  const meta = new Map<string, string>();
  let current: Block = { parts: [], pieces: [], length: 0, inArticle: false };
  let titleText = '';
  let h1Text = '';
  let inTitle = false;
  let inH1 = false;
  let jsonLd = '';
  let inJsonLd = false;
  let timeDatetime: string | null = null;

  const skipping = (): boolean => stack.length > 0 && stack[stack.length - 1]?.skip === true;
  const inArticle = (): boolean => stack.length > 0 && stack[stack.length - 1]?.article === true;
  const flush = (): void => {
    if (current.length > 0) blocks.push(current);
    current = { parts: [], pieces: [], length: 0, inArticle: inArticle() };
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1];
        const marker = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`;
        const isArticle =
          parent?.article === true || name === 'article' || name === 'main' || attribs['itemprop'] === 'articleBody' ||
          attribs['role'] === 'main' || ARTICLE_MARK.test(marker);
        const hidden = attribs['hidden'] !== undefined || attribs['aria-hidden'] === 'true' || /display:\s*none/i.test(attribs['style'] ?? '');
        const skip =
          parent?.skip === true || SKIPPED_TAGS.has(name) || HEADING_TAGS.has(name) || hidden ||
          (name === 'header' && !isArticle) || (name !== 'body' && name !== 'html' && WIDGET_CLASS.test(marker) && !/^(?:article|main)$/.test(name));
        if (name === 'meta') {
          const key = (attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? '').toLowerCase();
          const content = attribs['content'];
          if (key.length > 0 && content !== undefined && !meta.has(key)) meta.set(key, content);
        }
        if (name === 'time' && timeDatetime === null && attribs['datetime'] !== undefined) timeDatetime = attribs['datetime'];
        if (name === 'title' && titleText.length === 0) inTitle = true;
        if (name === 'h1' && h1Text.length === 0) inH1 = true;
        if (name === 'script' && attribs['type'] === 'application/ld+json') inJsonLd = true;
        if (BLOCK_TAGS.has(name)) flush();
        stack.push({ name, skip: skip || name === 'h1', article: isArticle });
        if (BLOCK_TAGS.has(name)) current.inArticle = isArticle;
      },
      ontext(text) {
        if (inTitle) titleText += text;
        if (inH1) h1Text += text;
        if (inJsonLd) jsonLd += text;
        if (skipping()) return;
        const start = parser.startIndex;
        const verbatim = parser.endIndex - start + 1 === text.length;
        // Same length in, same length out: line breaks inside a block become spaces so offsets stay aligned.
        current.pieces.push({ at: current.length, source: start, verbatim });
        current.parts.push(text.replace(/[\n\r\t\f\v]/g, ' '));
        current.length += text.length;
      },
      onclosetag(name) {
        // htmlparser2 closes implied and void elements too, so the stack stays balanced.
        for (let k = stack.length - 1; k >= 0; k--) {
          if (stack[k]?.name === name) {
            stack.length = k;
            break;
          }
        }
        if (name === 'title') inTitle = false;
        if (name === 'h1') inH1 = false;
        if (name === 'script') inJsonLd = false;
        if (BLOCK_TAGS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  const articleBlocks = blocks.filter((b) => b.inArticle && b.parts.join('').trim().length > 0);
  const chosen = articleBlocks.length > 0 ? articleBlocks : blocks;
  const parts: string[] = [];
  const at: number[] = [];
  const source: number[] = [];
  const verbatim: boolean[] = [];
  let length = 0;
  for (const block of chosen) {
    for (const piece of block.pieces) {
      at.push(length + piece.at);
      source.push(piece.source);
      verbatim.push(piece.verbatim);
    }
    parts.push(...block.parts, '\n');
    length += block.length + 1;
  }
  const toSource = (index: number): number => {
    let lo = 0;
    let hi = at.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((at[mid] ?? 0) <= index) lo = mid;
      else hi = mid - 1;
    }
    const start = at[lo] ?? 0;
    const src = source[lo] ?? 0;
    return verbatim[lo] === true ? src + Math.max(0, index - start) : src;
  };

  const ld = jsonLd.length > 0 ? firstJsonLdField(jsonLd, ['headline', 'datePublished', 'author', 'publisher']) : {};
  const clean = (s: string | undefined | null): string | null => {
    const t = (s ?? '').replace(/\s+/g, ' ').trim();
    return t.length > 0 ? t : null;
  };
  const author = clean(meta.get('author') ?? meta.get('article:author') ?? meta.get('byl') ?? ld['author']);
  return {
    text: parts.join(''),
    toSource,
    meta: {
      title: clean(titleText),
      ogTitle: clean(meta.get('og:title') ?? meta.get('twitter:title') ?? ld['headline']),
      h1: clean(h1Text),
      siteName: clean(meta.get('og:site_name') ?? meta.get('application-name') ?? ld['publisher']),
      author: author !== null && /^https?:/i.test(author) ? null : author,
      published: clean(
        meta.get('article:published_time') ?? meta.get('datepublished') ?? meta.get('pubdate') ?? meta.get('date') ??
          meta.get('dc.date') ?? meta.get('publish-date') ?? ld['datePublished'] ?? timeDatetime,
      ),
    },
  };
}
