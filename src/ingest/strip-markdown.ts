/**
 * Inline Markdown in sentences → plain text: `**bold**`, `*em*`, `__b__`, `_em_`, `~~gone~~`, `` `code` ``,
 * `[text](url)`, `[text][ref]`, `<https://…>` keep their text; `![alt](img)` goes entirely. Scraped .txt files
 * carry the same syntax as .md files (reader tools emit Markdown), so both get it.
 *
 * Why strip at all: citations quote sentence text, and a URL left in a sentence shows in the quote and lends the
 * date tagger its digits (`/2023/03/21/`). The price: such a sentence's text is no longer the verbatim slice of the
 * file. Its offset still points at the first character of its visible text, so it is exact up to the first removed
 * mark; sentences without markup (nearly all) keep `file.slice(offset, offset + text.length) === text`.
 */

/** Characters without which no construct below can match: a cheap test before any regex runs. */
const MARKUP_CHAR = /[[*_`~<]/;

// Group 1 (2 for emphasis) is the text kept; the rest of each match is markup. Every run is bounded, so a line of
// unmatched brackets or asterisks costs a fixed amount per character instead of a scan to the end of the line.
const WHOLE_IMAGE = /!\[[^\]\n]{0,300}\]\([^)\s]{0,2048}(?:\s+"[^"\n]{0,300}")?\)/g;
const LINK = /\[([^\]\n]{1,300})\]\([^)\s]{0,2048}(?:\s+"[^"\n]{0,300}")?\)|\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]/g;
const STRONG = /(\*\*|__|~~)(?=\S)([^\n]{0,300}?\S)\1/g;
const EMPHASIS = /(?<![\p{L}\p{N}*_\\])([*_])(?=[^\s*_])([^*_\n]{0,300}?[^\s*_])\1(?![\p{L}\p{N}*_])/gu;
const CODE = /`([^`\n]{1,300})`/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]{1,2048})>/g;

export function hasInlineMarkdown(text: string): boolean {
  return MARKUP_CHAR.test(text);
}

/**
 * Removes inline Markdown. `lead` is how many source characters precede the first visible one (`**Beijing**` → 2),
 * so a caller can point an offset at visible text. The two spaces around a removed image become one.
 */
export function stripInlineMarkdown(source: string): { readonly text: string; readonly lead: number } {
  if (!MARKUP_CHAR.test(source)) return { text: source, lead: 0 };
  const removed = new Uint8Array(source.length);
  const drop = (from: number, to: number): void => {
    for (let k = from; k < to; k++) removed[k] = 1;
  };
  // Keeps the text between `open` leading and the matching trailing markup characters of each match.
  const keepOnly = (re: RegExp, open: number): void => {
    for (const m of source.matchAll(re)) {
      const start = m.index;
      // Markup inside an already removed image or link target is gone with it.
      if (removed[start] === 1) continue;
      const inner = re === LINK ? m[1] ?? m[2] ?? '' : m[re === STRONG || re === EMPHASIS ? 2 : 1] ?? '';
      drop(start, start + open);
      drop(start + open + inner.length, start + m[0].length);
    }
  };
  for (const m of source.matchAll(WHOLE_IMAGE)) drop(m.index, m.index + m[0].length);
  keepOnly(LINK, 1);
  keepOnly(AUTOLINK, 1);
  keepOnly(CODE, 1);
  keepOnly(STRONG, 2);
  keepOnly(EMPHASIS, 1);

  // Nothing matched: the text stays exactly as written (its spacing included), so its offset stays exact.
  if (!removed.includes(1)) return { text: source, lead: 0 };
  let text = '';
  let lead = -1;
  let removedSinceLast = false;
  for (let k = 0; k < source.length; k++) {
    if (removed[k] === 1) {
      removedSinceLast = true;
      continue;
    }
    const c = source[k] ?? '';
    const space = c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
    if (lead < 0) {
      if (space || /\s/.test(c)) continue;
      lead = k;
    }
    // A space on both sides of removed markup ("see ![map](m.png) here") is kept once; spacing the author typed stays.
    if (space && removedSinceLast && /\s$/.test(text)) continue;
    removedSinceLast = false;
    text += c;
  }
  if (lead < 0) return { text: '', lead: 0 };
  return { text: text.trimEnd(), lead };
}

/**
 * The text with every link target (`](…)`) overwritten by letters of the same length, so the sentence splitter
 * does not break inside a URL (`…/Xi.Putin-talks`) while indices stay aligned with the original.
 */
export function maskLinkTargets(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(/\]\(([^)\s]{0,2048})(\s+"[^"\n]{0,300}")?\)/g, (whole) => `](${'x'.repeat(whole.length - 3)})`);
}

/**
 * Where character `index` of a sentence's text sits in the file, for sentences whose text is not the verbatim slice
 * (Markdown or HTML markup removed). The visible text is a subsequence of the source from the sentence's offset, so
 * a greedy walk finds it; spacing collapsed by the extraction is tolerated. For a verbatim sentence this is simply
 * `offset + index`. Falls back to `offset + index` when the walk fails (the text was changed some other way).
 */
export function sourceIndexOf(fileText: string, sentence: { readonly offset: number; readonly text: string }, index: number): number {
  const { offset, text } = sentence;
  if (fileText.startsWith(text, offset)) return offset + index;
  let j = offset;
  // Markup a sentence can hide is short next to the text; the bound keeps a failed walk cheap.
  const limit = Math.min(fileText.length, offset + text.length * 4 + 2048);
  for (let i = 0; i <= index && i < text.length; i++) {
    const c = text[i];
    while (j < limit && fileText[j] !== c && !(c === ' ' && /\s/.test(fileText[j] ?? ''))) j++;
    if (j >= limit) return offset + index;
    if (i === index) return j;
    j++;
  }
  return offset + index;
}
