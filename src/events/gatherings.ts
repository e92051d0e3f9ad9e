/** Names of gatherings as news abbreviates them, to tell whether two articles speak of the same summit or forum. */

/** Acronyms or a letter with a number: "G20", "G-20", "BRICS", "SCO", "APEC". Not "US" or "UN" (two letters). */
const GATHERING = /\b(?:[A-Z]-?\d{1,2}|[A-Z]{3,6})\b/g;

/** The gathering names in a text, "G-20" and "G20" as one. */
export function gatheringsIn(text: string): Set<string> {
  return new Set([...text.matchAll(GATHERING)].map((m) => m[0].replace('-', '')));
}

/** A dated article as the borrowers read it: its title, its sentences in order and its event mentions. */
export interface GatheringSource {
  readonly file: string;
  readonly title: string;
  readonly sentences: readonly string[];
}

/**
 * The gatherings a dated mention is told under: named in its own sentence, the sentences either side or the headline
 * ("…met here on Saturday. The meeting was held on the sidelines of the G20"). Not the whole article, where an outlet
 * or body named in passing ("TASS", "NATO") would date whatever happened on that day.
 */
export function gatheringsNear(source: GatheringSource, sentenceIndex: number): Set<string> {
  const near = [source.title, ...source.sentences.slice(Math.max(0, sentenceIndex - 1), sentenceIndex + 2)];
  return gatheringsIn(near.join('\n'));
}
