/**
 * Char-code scans for runs of ASCII letters. The title and gazetteer pre-filters walk every word of every sentence;
 * a global `/[A-Za-z]+/g` exec per word cost a match array each (measured: a quarter of `findPeople`'s time).
 */

export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The end of the run of ASCII letters starting at `start` (`start` itself when there is no letter there). */
export function letterRunEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  return end;
}

/** The first index at or after `from` where a run of ASCII letters starts (`text.length` when none does). */
export function nextLetterRun(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isAsciiLetter(text.charCodeAt(at))) at++;
  return at;
}

/** Whether the run `text[start, end)` is one of `words`, checked against the first-letter table before any slicing. */
export function isListedRun(text: string, start: number, end: number, firstLetters: Uint8Array, words: ReadonlySet<string>): boolean {
  return firstLetters[text.charCodeAt(start)] === 1 && words.has(text.slice(start, end));
}

/** A 128-entry table of the ASCII char codes the words start with: a run whose first letter is not in it needs no lookup. */
export function firstLetterTable(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128);
  for (const word of words) {
    const code = word.charCodeAt(0);
    if (code < 128) table[code] = 1;
  }
  return table;
}
