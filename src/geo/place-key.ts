/** The one folding under which place names are compared. */

const MARKS = /\p{M}+/gu;
const ASCII = /^[\x20-\x7e]*$/;
const NEEDS_FOLDING = /[’`´'.\-‐–]|\s\s|^\s|\s$|^the |(?:^| )ste? /;

/**
 * One spelling for the ways news writes a place: case, diacritics, "St."/"St"/"Saint", hyphens, a leading "the", a
 * possessive: "St. Petersburg" and "Saint-Petersburg", "Brasília" and "Brasilia", "the Kremlin" and "Kremlin".
 */
export function placeKey(name: string): string {
  const lower = (ASCII.test(name) ? name : name.normalize('NFKD').replace(MARKS, '')).toLowerCase();
  // Most names ("moscow", "buenos aires") need nothing more: the full folding costs ten times the lower-casing.
  if (!NEEDS_FOLDING.test(lower)) return lower;
  return lower.replace(/[’`´]/g, "'").replace(/'s$/, '')
    .replace(/[-‐–]/g, ' ').replace(/\./g, ' ').replace(/\s+/g, ' ').trim()
    .replace(/^the /, '').replace(/^(?:st|ste) (?=\p{L})/u, 'saint ').replace(/ (?:st|ste) (?=\p{L})/gu, ' saint ');
}

