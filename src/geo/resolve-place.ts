/**
 * Places as news and questions write them → one canonical place: a city with its country, or a country. Covers aliases
 * and spellings from the country data ("Tadjikistan", "Russian Federation"), descriptors ("the Russian capital",
 * "China's capital", "the capital of Tajikistan"), "City, Country" and "the Chinese city of X", and a few seats of
 * government that stand for their city.
 */
import { placeIndex, placeKey, type Country } from './place-index.js';

export interface ResolvedPlace {
  readonly city?: string;
  readonly country?: string;
  /** A first-level region (state, province) when that is what the text named: "Goa", "Shandong Province". */
  readonly region?: string;
  /** What to show and compare: the city when there is one, else the region, else the country. */
  readonly canonical: string;
  /** A landmark or seat of government inside the city ("the Kremlin"), when that is what the text named. */
  readonly venue?: string;
}

/**
 * Venues news names for the city they stand in. Landmarks are not in any city data set; these are the seats of
 * government and squares every report on the two capitals uses.
 */
const VENUES: ReadonlyMap<string, { readonly name: string; readonly city: string }> = new Map([
  ['kremlin', { name: 'the Kremlin', city: 'Moscow' }],
  ['grand kremlin palace', { name: 'the Grand Kremlin Palace', city: 'Moscow' }],
  ['red square', { name: 'Red Square', city: 'Moscow' }],
  ['great hall of the people', { name: 'the Great Hall of the People', city: 'Beijing' }],
  ['zhongnanhai', { name: 'Zhongnanhai', city: 'Beijing' }],
  ['diaoyutai', { name: 'Diaoyutai', city: 'Beijing' }],
  ['diaoyutai state guesthouse', { name: 'Diaoyutai State Guesthouse', city: 'Beijing' }],
  ['tiananmen square', { name: 'Tiananmen Square', city: 'Beijing' }],
  ['tiananmen', { name: 'Tiananmen', city: 'Beijing' }],
]);

const REGION_WORD = / (?:province|region|state|prefecture|autonomous region|oblast|krai|territory)$/;

/**
 * English names GeoNames files under another (older or local) form: found by checking a list of world capitals and
 * large cities against the data, not from any article. Values are the data's keys.
 */
const EXONYMS: ReadonlyMap<string, string> = new Map([
  ['kiev', 'kyiv'], ['peking', 'beijing'], ['bombay', 'mumbai'], ['geneva', 'geneve'], ['cologne', 'koln'],
  ['saigon', 'ho chi minh city'], ['bangalore', 'bengaluru'], ['ulaanbaatar', 'ulan bator'],
]);

/** A country by name or alias; with `demonym`, also by its adjective ("Russian" in "the Russian capital"). */
function countryNamed(key: string, demonym = false): Country | null {
  const { countryByName, demonyms } = placeIndex();
  return countryByName.get(key) ?? (demonym ? demonyms.get(key) ?? null : null);
}

const cityPlace = (name: string, country: Country | null): ResolvedPlace =>
  country ? { city: name, country: country.name, canonical: name } : { city: name, canonical: name };

function capitalOf(country: Country | null): ResolvedPlace | null {
  const capital = country?.capitals[0];
  return capital === undefined ? null : cityPlace(capital, country);
}

// "the Russian capital", "China's capital", "Russia’s capital city", "the capital of Tajikistan".
const CAPITAL_BEFORE = /^(?:the )?(.+?) capital(?: city)?$/;
const CAPITAL_AFTER = /^(?:the )?capital(?: city)? of (.+)$/;
// "the Chinese city of Xiamen", "China's port city of Qingdao", "the Russian resort of Sochi".
const CITY_OF = /^(?:the )?(?:(.+?) )?(?:(?:port|coastal|southern|northern|eastern|western|central|northeastern|northwestern|southeastern|southwestern|far eastern|resort|border|industrial|capital|second|ancient|historic|black sea|baltic|pacific)\s+)*(?:city|town|resort|port)(?: of)? (.+)$/;

/**
 * The place `text` names, or null when it names none the data knows. `text` is a place phrase ("Dushanbe",
 * "Durban, South Africa", "the Russian capital"), not a sentence.
 */
export function resolvePlace(text: string): ResolvedPlace | null {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const place = resolveUncached(text);
  // Bounded: a stream of unique junk cannot grow memory without limit.
  if (memo.size < 50_000) memo.set(text, place);
  return place;
}

const memo = new Map<string, ResolvedPlace | null>();

function resolveUncached(text: string): ResolvedPlace | null {
  const raw = text.trim().replace(/[.,;:!?]+$/, '');
  if (raw === '') return null;
  const key = placeKey(raw);
  const { cities } = placeIndex();

  const code = placeIndex().codes.get(raw.replace(/\./g, ''));
  if (code && /^[A-Z.]+$/.test(raw)) return { country: code.name, canonical: code.name };
  const venue = VENUES.get(key);
  if (venue) return { ...cityPlace(venue.city, cities.get(placeKey(venue.city))?.country ?? null), venue: venue.name };
  const country = countryNamed(key);
  if (country) return { country: country.name, canonical: country.name };
  const city = cities.get(EXONYMS.get(key) ?? key);
  if (city) return cityPlace(city.name, city.country);
  const foreign = placeIndex().countryByForeignName.get(key);
  if (foreign) return { country: foreign.name, canonical: foreign.name };
  // "Goa", "Shandong Province", "Amur Oblast": a region, after every city and country of that name.
  const bare = key.replace(REGION_WORD, '');
  // "The Amur region" is Amur Oblast: a name said to be a region may drop the data's own designator.
  const region = placeIndex().regions.get(key) ?? placeIndex().regions.get(bare) ?? (bare !== key ? placeIndex().regionsByBareName.get(bare) : undefined);
  if (region) return { region: region.name, country: region.country.name, canonical: region.name };

  // "Durban, South Africa", "Xiamen, Fujian Province, China": the first part, checked against the country if known.
  const parts = raw.split(/\s*,\s*/);
  if (parts.length > 1) {
    const first = resolvePlace(parts[0] ?? '');
    const last = countryNamed(placeKey(parts[parts.length - 1] ?? ''));
    if (first?.city !== undefined) return first;
    if (last) return cityPlace(parts[0] ?? '', last);
  }
  let m = CAPITAL_AFTER.exec(key) ?? CAPITAL_BEFORE.exec(key);
  if (m?.[1] !== undefined) return capitalOf(countryNamed(m[1].replace(/'s$/, ''), true));
  m = CITY_OF.exec(key);
  if (m?.[2] !== undefined) {
    const named = resolvePlace(m[2]);
    if (named) return named;
  }
  // "China's Xiamen", "Russia's Sochi".
  const possessive = /^(.+?)['’]s (.+)$/.exec(raw);
  if (possessive?.[1] !== undefined && possessive[2] !== undefined && countryNamed(placeKey(possessive[1]), true)) return resolvePlace(possessive[2]);
  return null;
}

/** The country a city is in ("Dushanbe" → "Tajikistan", "Durban" → "South Africa"); null for an unknown city. */
export function countryOfCity(city: string): string | null {
  const place = resolvePlace(city);
  return place?.city !== undefined ? place.country ?? null : null;
}

/** The country a place is in, or is: a city's country, a country itself, a venue's country. */
export function countryOfPlace(place: string): string | null {
  return resolvePlace(place)?.country ?? null;
}

/**
 * Whether an event at `eventPlace` answers a question about `questionPlace`: the same city (any spelling, or a venue in
 * it), the same country, or a city inside the country asked about ("Tadjikistan" matches "Dushanbe"; "the Russian
 * capital" matches "the Kremlin"). A country-level event place does not match a city asked about: it may be elsewhere.
 */
export function placeMatches(questionPlace: string, eventPlace: string): boolean {
  const asked = resolvePlace(questionPlace);
  const event = resolvePlace(eventPlace);
  if (!asked || !event) return placeKey(questionPlace) === placeKey(eventPlace);
  if (asked.city !== undefined) return event.city !== undefined && placeKey(event.city) === placeKey(asked.city);
  // The data has no region for a city: only the region itself answers a question about it.
  if (asked.region !== undefined) return event.region === asked.region;
  return asked.country !== undefined && event.country === asked.country;
}

/**
 * Whether two places an article gives for one event can be the same venue: the same city or venue city, or a city and
 * the country it lies in ("Moscow" and "Russia", "the Kremlin" and "Moscow"). Two different cities, or two different
 * countries, cannot. Unknown names agree only when they are written alike.
 */
export function placesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const pa = resolvePlace(a);
  const pb = resolvePlace(b);
  if (!pa || !pb) return placeKey(a) === placeKey(b);
  if (pa.city !== undefined && pb.city !== undefined) return placeKey(pa.city) === placeKey(pb.city);
  if (pa.region !== undefined && pb.region !== undefined) return pa.region === pb.region;
  return pa.country !== undefined && pa.country === pb.country;
}
