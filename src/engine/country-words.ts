/**
 * A country and its people's adjective are one topic word: "China's position" is told as "our Chinese friends", "the
 * Uzbek city" situates a question about Uzbekistan. The pairs come from the country data (src/geo), not from any article.
 */
import { placeIndex } from '../geo/place-index.js';
import { tokenize } from './tokenize.js';

let kin: ReadonlyMap<string, readonly string[]> | null = null;

/** One-word stem → the other one-word stems of the same country (its name, common aliases and demonyms). */
function countryKin(): ReadonlyMap<string, readonly string[]> {
  if (kin !== null) return kin;
  const out = new Map<string, Set<string>>();
  const countries = new Set(placeIndex().countryByName.values());
  for (const country of countries) {
    // Only single words: "South African" or "United States" would lend "south" or "united" a country.
    const stems = [country.name, ...country.demonyms].map((word) => tokenize(word)).filter((t) => t.length === 1).map((t) => t[0]!);
    const unique = [...new Set(stems)];
    if (unique.length < 2) continue;
    for (const s of unique) {
      const set = out.get(s) ?? new Set<string>();
      for (const other of unique) if (other !== s) set.add(other);
      out.set(s, set);
    }
  }
  kin = new Map([...out].map(([s, set]) => [s, [...set]] as const));
  return kin;
}

/** "china" → ["chines"], "uzbek" → ["uzbekistan"]: the stems that name the same country as this one, or none. */
export const sameCountryStems = (stem: string): readonly string[] => countryKin().get(stem) ?? [];
