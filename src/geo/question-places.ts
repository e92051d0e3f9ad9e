/**
 * The places a question names, for the question engine to match against event places with `placeMatches`:
 * "meetings in Tadjikistan", "talks in the Russian capital", "where in South Africa", "wen did xi go to moscow".
 */
import { placeIndex } from './place-index.js';
import { placeKey } from './place-key.js';
import { resolvePlace, type ResolvedPlace } from './resolve-place.js';

export interface QuestionPlace {
  /** The words as the question writes them: remove them from the topic, pass them to `placeMatches`. */
  readonly text: string;
  readonly start: number;
  readonly place: ResolvedPlace;
}

const DESCRIPTOR = /\bthe\s+\p{L}+(?:\s+\p{L}+)?\s+capital\b|\b(?:the\s+)?capital\s+of\s+(?:the\s+)?\p{L}+(?:\s+\p{L}+)?|\b\p{L}+['’]s\s+capital\b/giu;
const CAPITALISED_RUN = /(?<![\p{L}’'])\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3}/gu;
const WORD = /\p{L}[\p{L}’'-]*/gu;
/** Capitalised words that open or shape a question rather than name a place. */
const NOT_PLACE = new Set(['Where', 'When', 'What', 'Which', 'Who', 'How', 'Why', 'Did', 'Does', 'Do', 'Was', 'Were', 'Is', 'Are', 'Has', 'Have', 'In', 'At', 'The']);

/**
 * A lower-case word is a place only as a country or a capital ("tadjikistan", "moscow"): a lower-case town name is
 * too often an English word ("reading", "nice").
 */
function lowerCaseOk(place: ResolvedPlace): boolean {
  if (place.city === undefined) return true;
  const country = [...placeIndex().codes.values()].find((c) => c.name === place.country);
  return country?.capitals.some((c) => placeKey(c) === placeKey(place.city ?? '')) ?? false;
}

/** Place phrases in `question`, in order, longest first where they overlap; each resolved by the place data. */
export function findPlacesInQuestion(question: string): QuestionPlace[] {
  const found: QuestionPlace[] = [];
  const taken = (start: number, end: number): boolean => found.some((f) => start < f.start + f.text.length && end > f.start);
  const add = (text: string, start: number, lowerCase: boolean): boolean => {
    const clean = text.replace(/[’']s$/, '');
    if (clean === '' || taken(start, start + clean.length)) return false;
    const place = resolvePlace(clean);
    if (!place || (lowerCase && !lowerCaseOk(place))) return false;
    found.push({ text: clean, start, place });
    return true;
  };
  for (const m of question.matchAll(DESCRIPTOR)) add(m[0], m.index, false);
  for (const m of question.matchAll(CAPITALISED_RUN)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.index + w.index }));
    while (words.length > 0 && NOT_PLACE.has(words[0]?.text ?? '')) words.shift();
    const start = words[0]?.start ?? 0;
    // Longest run first: "South Africa" before "Africa".
    for (let n = words.length; n > 0; n--) {
      const last = words[n - 1];
      if (last && add(question.slice(start, last.start + last.text.length).replace(/[.,;:!?]+$/, ''), start, false)) break;
    }
  }
  const lower = [...question.matchAll(WORD)].filter((w) => /^\p{Ll}/u.test(w[0]));
  for (let i = 0; i < lower.length; i++) {
    for (let n = 3; n > 0; n--) {
      const span = lower.slice(i, i + n);
      const first = span[0];
      const last = span[span.length - 1];
      if (span.length < n || !first || !last) continue;
      const text = question.slice(first.index, last.index + last[0].length);
      if (/[^\p{L}\s’'-]/u.test(text) || text.length < 4) continue;
      if (add(text, first.index, true)) break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
