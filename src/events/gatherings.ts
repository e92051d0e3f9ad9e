/** Names of gatherings as news abbreviates them, to tell whether two articles speak of the same summit or forum. */

/** Acronyms or a letter with a number: "G20", "G-20", "BRICS", "SCO", "APEC". Not "US" or "UN" (two letters). */
const GATHERING = /\b(?:[A-Z]-?\d{1,2}|[A-Z]{3,6})\b/g;

/** The gathering names in a text, "G-20" and "G20" as one. */
export function gatheringsIn(text: string): Set<string> {
  return new Set([...text.matchAll(GATHERING)].map((m) => m[0].replace('-', '')));
}
