/** The place of an event: a known capital, country or landmark, else a capitalised name after in/to/at. */
import { countryOfPlace, resolvePlace } from '../geo/resolve-place.js';
import { firstLetterTable, isListedRun, letterRunEnd, nextLetterRun } from './letter-runs.js';

/** Capitals, countries and landmarks that news on China and Russia names; a place outside it can still come from "in <Name>". */
const GAZETTEER = [
  'Beijing', 'Moscow', 'Shanghai', 'St Petersburg', 'St. Petersburg', 'Sochi', 'Vladivostok', 'Kazan', 'Astana', 'Samarkand',
  'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Minsk', 'Kyiv', 'Kiev', 'Tehran', 'New Delhi', 'Delhi', 'Goa', 'Islamabad',
  'Washington', 'New York', 'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Tokyo', 'Seoul', 'Pyongyang', 'Hanoi',
  'Jakarta', 'Bali', 'Bangkok', 'Manila', 'Canberra', 'Ankara', 'Istanbul', 'Riyadh', 'Doha', 'Dubai', 'Cairo', 'Johannesburg',
  'Pretoria', 'Brasilia', 'Rio de Janeiro', 'Buenos Aires', 'Mexico City', 'Ottawa', 'Hong Kong', 'Macau', 'Taipei', 'Xinjiang',
  'Tibet', 'Wuhan', 'Harbin', 'Hangzhou', 'Xiamen', 'Qingdao', 'Shenzhen', 'Guangzhou', 'Chengdu', 'Xi’an', "Xi'an",
  'China', 'Russia', 'India', 'Ukraine', 'Belarus', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan',
  'Mongolia', 'Iran', 'Pakistan', 'Japan', 'North Korea', 'South Korea', 'Vietnam', 'Indonesia', 'Brazil', 'South Africa',
  'Turkey', 'Germany', 'France', 'Italy', 'Serbia', 'Hungary', 'Saudi Arabia', 'Egypt', 'Syria', 'Crimea', 'the United States',
  'the Kremlin', 'Kremlin', 'the Great Hall of the People', 'Zhongnanhai', 'Diaoyutai',
] as const;

/**
 * "the Russian capital", "the capital of Tajikistan": a descriptor for a country's capital, resolved by the place data.
 * Not "the Russian capital markets" (money, not a city).
 */
const CAPITAL_DESCRIPTOR = /\bthe\s+(?:\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s+capital(?!\s+(?:markets?|flows?|flight|outflows?|controls?|investments?|goods|spending|city of)\b)|capital\s+of\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/u;

// "in the port city of Qingdao", "at the Black Sea resort of Sochi": a town named after what kind of place it is.
const CITY_OF_RE = /\b(?:in|at|to)\s+the\s+(?:[a-z]+\s+){0,3}(?:city|town|port|resort)\s+of\s+(\p{Lu}\p{L}+(?:[\s-]\p{Lu}\p{L}+)?)/u;
// "Moscow’s Red Square", "at the Red Square": a landmark the place data knows stands for its city.
const CITY_VENUE_RE = /(?<![\p{L}])(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)[’']s\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,4})/gu;
const AT_VENUE_RE = /\b(?:in|at|on|inside)\s+the\s+(\p{Lu}\p{L}+(?:\s+(?:of\s+the\s+)?\p{Lu}\p{L}+){0,4})/gu;

/** Every landmark the place data knows has one of these words; most sentences have none and skip the venue patterns. */
const VENUE_HINT = /Kremlin|Square|Hall|Zhongnanhai|Diaoyutai|Tiananmen/;
const KIND_HINT = /\b(?:city|town|port|resort)\s+of\b/;

function describedPlace(text: string): string | null {
  const named = KIND_HINT.test(text) ? CITY_OF_RE.exec(text)?.[1] : undefined;
  if (named !== undefined && !NOT_PLACE.has(named)) return named;
  if (!VENUE_HINT.test(text)) return null;
  if (text.includes('’s ') || text.includes("'s ")) for (const m of text.matchAll(CITY_VENUE_RE)) {
    const city = resolveMemo(m[1] ?? '');
    const venue = resolveMemo(m[2] ?? '');
    if (city?.city !== undefined && city.venue === undefined && venue?.venue !== undefined && venue.city === city.city) return m[1] ?? null;
  }
  for (const m of text.matchAll(AT_VENUE_RE)) {
    const venue = resolveMemo(m[1] ?? '');
    if (venue?.venue !== undefined && !INSTITUTIONS.has(venue.venue) && !INSTITUTIONS.has(m[1] ?? '')) return venue.city ?? null;
  }
  return null;
}

const NOT_PLACE = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'His', 'Her', 'Their', 'This',
  'That', 'Chinese', 'Russian', 'President', 'Prime', 'Minister', 'English', 'Russian', 'Mandarin', 'Xi', 'Putin', 'In', 'At', 'On', 'To',
  'From', 'For', 'And', 'But', 'As', 'When', 'While', 'After', 'Before', 'Since', 'During',
]);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAZETTEER_ALT = [...GAZETTEER].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
// A sentence may open with the preposition: "In Qingdao, the leaders…".
const GAZETTEER_RE = new RegExp(String.raw`\b([Ii]n|[Tt]o|[Aa]t|[Ff]rom|[Ii]nto|[Ii]nside)\s+(${GAZETTEER_ALT})\b`, 'g');
/** A known place straight after a visit verb: "visited India", "travelled to Moscow". */
const DIRECT_RE = new RegExp(String.raw`^\s+(?:to\s+)?(${GAZETTEER_ALT})\b`);
const ANY_GAZETTEER_RE = new RegExp(String.raw`(?<![A-Za-z])(${GAZETTEER_ALT})\b(?![’']s)(?!\s+[A-Z])`, 'g');
const GENERIC_RE = /\b(?:[Ii]n|[Aa]t)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\b(?![’']s)(?!\s+(?:and|of)\s+[A-Z])(?!\s+[A-Z])/g;

/**
 * Any gazetteer match needs one of these letter runs in the text: a name's first word, or for "the …" names the word
 * after "the" (a name starts after whitespace or a non-letter and ends at a word boundary, so its first word is a
 * whole run of the text). Most sentences name no known place and skip the gazetteer patterns entirely.
 */
const GAZETTEER_WORDS: ReadonlySet<string> = new Set(GAZETTEER.map((g) => {
  const runs = g.match(/[A-Za-z]+/g) ?? [];
  return (runs[0] === 'the' ? runs[1] : runs[0]) ?? '';
}));
const GAZETTEER_FIRST_LETTERS = firstLetterTable(GAZETTEER_WORDS);

function mayNameGazetteerPlace(text: string): boolean {
  for (let at = nextLetterRun(text, 0); at < text.length; ) {
    const end = letterRunEnd(text, at);
    if (isListedRun(text, at, end, GAZETTEER_FIRST_LETTERS, GAZETTEER_WORDS)) return true;
    at = nextLetterRun(text, end);
  }
  return false;
}

/**
 * Seats of government stand for the government far more often than for a venue ("the Kremlin said", "Kremlin aide"):
 * they are a place only when introduced by in/at/inside.
 */
const INSTITUTIONS = new Set(['the Kremlin', 'Kremlin', 'the Great Hall of the People', 'Zhongnanhai', 'Diaoyutai']);

/**
 * A bare name used for its government or as a modifier, not as a venue: "Moscow said", "Beijing and Moscow would…",
 * "according to Beijing", "a Moscow-based analyst", "Beijing aide"; or a topic: "a boycott over Xinjiang".
 */
const METONYM_AFTER = /^(?:-|\s+(?:and|or|said|says|told|has|have|had|is|was|were|are|would|will|could|should|may|might|did|does|wants|sees|hopes|insists|accused|denied|warned|urged|invaded|attacked|annexed|launched|sent|vetoed|condemned|rejected|refused|imposed|aide|adviser|advisor|official|officials|spokesman|spokeswoman|spokesperson|leader|leadership|government)\b)/;
const METONYM_BEFORE = /\b(?:according\s+to|by|and|between|with|from|over|about|against|towards?|regarding|on)\s+$/;

const countryMemo = new Map<string, 'China' | 'Russia' | null>();

/**
 * Whether a place lies in (or is) one of the principals' countries, for "who hosts whom" (a guest in Sochi is received
 * by Russia's leader). Any city, venue or alias the place data knows counts ("Sanya", "the Kremlin", "Russian Federation").
 */
export function countryOf(place: string): 'China' | 'Russia' | null {
  const known = countryMemo.get(place);
  if (known !== undefined) return known;
  const country = countryOfPlace(place);
  const principal = country === 'China' || country === 'Russia' ? country : null;
  if (countryMemo.size < 10_000) countryMemo.set(place, principal);
  return principal;
}

/**
 * "his visit to Russia" under a MOSCOW dateline happened in Moscow: a country-wide place gives way to the dateline's
 * city when that city lies in it. Any other pair keeps the stated place.
 */
export function narrowedByDateline(stated: string, datelineCity: string | null): string {
  if (datelineCity === null) return stated;
  const country = resolvePlace(stated);
  if (country === null || country.city !== undefined || country.venue !== undefined || country.region !== undefined) return stated;
  const city = resolvePlace(datelineCity);
  return city?.city !== undefined && city.country === country.country ? datelineCity : stated;
}

function tidy(place: string): string {
  return place === 'Kremlin' ? 'the Kremlin' : place;
}

/** How many characters past the action word a place may stand and still be where it happened. */
const PLACE_REACH = 70;
/** "…to protest abuses in Tibet" opens a purpose; "to be held in Beijing" (a passive) still tells the deed's own place. */
const PURPOSE_RE = /\sto\s+(?!(?:the|a|an|his|her|their|its|our|be)\b)[a-z]+\b/;

/**
 * Where a place name sits after in/at/inside an "in a university in X" affiliation (the speaker's employer's city), it
 * tells where the speaker works, not where the event happens.
 */
const AFFILIATION_BEFORE = /\b(?:University|Institute|Center|Centre|Academy|School|College|Studies|think[- ]tank|Foundation|Council|Society)\b[^,.;]{0,40}$/i;

function isAffiliation(text: string, at: number): boolean {
  return AFFILIATION_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

/** "discussed the situation in Iran", "a deal to end the war in Ukraine": a place after such a noun is a topic, not a venue. */
const TOPIC_BEFORE = /\b(?:war|conflict|crisis|situation|fighting|violence|tensions?|developments|unrest|invasion|confrontation)\s+$/i;

/** "the Vietnam crisis", "a Serbia deal": a place before such a noun modifies it, a topic again. */
const TOPIC_AFTER = /^\s+(?:war|conflict|crisis|situation|issue|question|problem|dispute|deal|file|policy|peace|settlement)\b/i;

function isTopic(text: string, at: number, end = at): boolean {
  return TOPIC_BEFORE.test(text.slice(Math.max(0, at - 16), at)) || TOPIC_AFTER.test(text.slice(end, end + 16));
}

/**
 * "the leaders of Vietnam, Mongolia and Serbia", "delegations from Vietnam", "Lan Kim of Vietnam": a place that says
 * whom someone represents, alone or in a list after it, is where they come from, not where the deed happens.
 */
const ORIGIN_ROLES = ['leaders?', 'heads?(?:\\s+of\\s+(?:state|government))?', 'presidents?', 'prime\\s+ministers?', 'premiers?', 'kings?',
  'monarchs?', 'rulers?', 'representatives', 'delegations?', 'delegates', 'officials', 'envoys', 'ministers?', 'diplomats', 'counterparts?',
  'peoples?', 'citizens', 'nationals', 'ambassadors?'].map((w) => `[${w.charAt(0).toUpperCase()}${w.charAt(0)}]${w.slice(1)}`).join('|');
const ORIGIN_BEFORE = new RegExp(String.raw`(?:\b(?:${ORIGIN_ROLES})\s+(?:of|from)|\p{Lu}[\p{L}’'-]*\s+of)\s+(?:(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*(?:,\s+(?:and\s+)?|\s+and\s+))*(?:the\s+)?$`, 'u');
/** How far back the words of an origin list may start: a list of eight countries fits. */
const ORIGIN_REACH = 160;

function isOrigin(text: string, at: number): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, at - ORIGIN_REACH), at));
}

/**
 * The place the text states for an action: a known place after in/to/at (or straight after a visit verb: "visited
 * India"), else "the Chinese capital", else a capitalised name after in/at, else a known place named as a venue (not
 * as a government: "Moscow said"; seats of government only after in/at). Null if none.
 */
export function findPlace(clauseText: string, actionText = ''): string | null {
  return cityWithin(clauseText, placeOfAction(clauseText, actionText));
}

function placeOfAction(clauseText: string, actionText: string): string | null {
  const at = actionText === '' ? -1 : clauseText.indexOf(actionText);
  const gazetteer = mayNameGazetteerPlace(clauseText);
  if (gazetteer && at >= 0 && /visit|tour|arriv|travel|trip/i.test(actionText)) {
    const direct = DIRECT_RE.exec(clauseText.slice(at + actionText.length));
    if (direct?.[1]) return tidy(direct[1]);
  }
  // A place far past the action usually belongs to a later phrase ("…to dent a boycott over abuses in Xinjiang").
  // So does a place after a purpose clause ("…to attend the Games to protest abuses in Tibet").
  // A cut through a name drops the whole name, so "in Physical Education" never yields a place "Phys" or "Physical".
  const limit = at + actionText.length + PLACE_REACH;
  const reach = at >= 0 && clauseText.length > limit ? clauseText.slice(0, limit).replace(/(?:\s+\p{Lu}[\p{L}’'.-]*)*\s*\p{L}*$/u, '') : clauseText;
  const purpose = at >= 0 ? PURPOSE_RE.exec(reach.slice(at + actionText.length)) : null;
  const text = purpose ? reach.slice(0, at + actionText.length + purpose.index) : reach;
  // `text` is a prefix of `clauseText`: a gazetteer name absent from the clause is absent from it too.
  const stated = gazetteer ? statedPlace(text) ?? hostOfGathering(text) : null;
  if (stated !== null) return stated;
  const described = describedPlace(text);
  if (described !== null) return described;
  const descriptor = text.includes('capital') ? CAPITAL_DESCRIPTOR.exec(text) : null;
  const capital = descriptor ? resolvePlace(descriptor[0])?.city : undefined;
  if (capital !== undefined) return capital;
  for (const m of text.matchAll(GENERIC_RE)) {
    const name = m[1] ?? '';
    const first = name.split(' ')[0] ?? '';
    // A capitalised "In"/"At" opens a sentence ("In March", "At Tuesday's talks"): only a known place counts there.
    if (/^[IA]/.test(m[0]) && resolveMemo(name) === null) continue;
    if (!NOT_PLACE.has(first) && !isAffiliation(text, m.index) && !isTopic(text, m.index)) return name;
  }
  if (gazetteer) for (const m of text.matchAll(ANY_GAZETTEER_RE)) {
    const name = m[1] ?? '';
    if (INSTITUTIONS.has(name)) continue;
    const end = m.index + name.length;
    if (METONYM_AFTER.test(text.slice(end, end + 16)) || METONYM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (isAffiliation(text, m.index) || isTopic(text, m.index, end) || isOrigin(text, m.index)) continue;
    return tidy(name);
  }
  return null;
}

/** Only a known place introduced by in/to/at: for statements, whose text names places as topics. */
export function findStatedPlace(text: string): string | null {
  return cityWithin(text, statedPlace(text));
}

function statedPlace(text: string): string | null {
  if (!mayNameGazetteerPlace(text)) return null;
  for (const m of text.matchAll(GAZETTEER_RE)) {
    const preposition = (m[1] ?? '').toLowerCase();
    const name = m[2];
    if (name === undefined) continue;
    const at = m.index + m[0].length - name.length;
    if (isAffiliation(text, m.index) || isTopic(text, m.index, at + name.length) || isOrigin(text, at)) continue;
    // "according to the Kremlin", "a statement from Beijing": the source of words, not a venue.
    if ((preposition === 'to' || preposition === 'from') && (INSTITUTIONS.has(name) || /\baccording\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    return tidy(name);
  }
  return null;
}

/** "met at the Beijing Winter Olympics", "in the Hangzhou G20 summit": the city that names the gathering hosts it. */
const GATHERING_HOST_RE = new RegExp(String.raw`\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]or|[Dd]uring)\s+the\s+(${GAZETTEER_ALT})((?:\s+[\p{Lu}\d][\p{L}\d-]*){0,2})\s+(?:Olympics|Olympic\s+Games|Games|[Ss]ummit|Forum|Expo|Fair|Conference)\b`, 'gu');

const GATHERING_WORD = /Olympic|Games|[Ss]ummit|Forum|Expo|Fair|Conference/;

function hostOfGathering(text: string): string | null {
  if (!GATHERING_WORD.test(text)) return null;
  for (const m of text.matchAll(GATHERING_HOST_RE)) {
    const name = m[1];
    if (name !== undefined && resolveMemo(name)?.city !== undefined) return tidy(name);
  }
  return null;
}

const resolved = new Map<string, ReturnType<typeof resolvePlace>>();
function resolveMemo(name: string): ReturnType<typeof resolvePlace> {
  let place = resolved.get(name);
  if (place === undefined) {
    place = resolvePlace(name);
    if (resolved.size < 20_000) resolved.set(name, place);
  }
  return place;
}

const GATHERINGS: ReadonlySet<string> = new Set(['Summit', 'Forum', 'Games', 'Olympics', 'Expo', 'Conference', 'Talks', 'Meeting']);
// Whole runs, however long: a three-word cap would cut "Russian President Vladimir | Putin" and leave "Vladimir".
const CAPITALISED_RUN = /(?<![\p{L}’'])\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*\p{Ll}[\p{L}’'-]*)*/gu;

/**
 * A country found as the place gives way to a city of that country the same clause names as a venue: "in China's
 * Xiamen", "Durban, South Africa", "in the port city of Qingdao in China". Not a city used for its government
 * ("Beijing said") or an affiliation ("a scholar at a university in Shanghai").
 */
function cityWithin(text: string, place: string | null): string | null {
  if (place === null) return null;
  const found = resolveMemo(place);
  if (found === null || found.city !== undefined || found.venue !== undefined || found.region !== undefined || found.country === undefined) return place;
  // "Durban, South Africa": the words just before the country, then any city of that country named as a venue.
  for (let at = text.indexOf(place); at > 0; at = text.indexOf(place, at + 1)) {
    const before = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*),\s*$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1];
    const words = before?.split(/\s+/) ?? [];
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(' ');
      if (resolveMemo(name)?.country === found.country && resolveMemo(name)?.city !== undefined) return name;
    }
  }
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // A whole run of capitalised words, less leading words that start no place ("In Qingdao"): never a part of a longer
    // name ("Vladimir" of "Vladimir Putin", "Shanghai" of "Shanghai Cooperation Organisation"). A possessive ends a run.
    const parts = m[0].split(/(?<=[’']s)\s+/);
    for (const [k, part] of parts.entries()) {
      // "Beijing’s Silk Road Economic Belt": a city owning a named thing names its government, not a venue.
      if (k < parts.length - 1 && /[’']s$/.test(part)) continue;
      const words = part.replace(/[’']s$/, '').split(/\s+/);
      while (words.length > 1 && NOT_PLACE.has(words[0] ?? '')) words.shift();
      // "the Hangzhou Summit", "the Sochi Olympics": a city naming the gathering it hosts.
      const gathering = words.findIndex((w) => GATHERINGS.has(w));
      if (gathering > 0) words.length = gathering;
      const name = words.join(' ');
      if (NOT_PLACE.has(name)) continue;
      const city = resolveMemo(name);
      if (city?.city === undefined || city.country !== found.country || city.venue !== undefined) continue;
      const at = m.index + m[0].indexOf(name);
      const end = at + name.length;
      if (METONYM_AFTER.test(text.slice(end, end + 16)) || isAffiliation(text, at)) continue;
      return name;
    }
  }
  return place;
}

const DATELINE_RE = /^\s*([A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2})(?:\s*,\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}))?\s*(?:[,(]|[—–:]|\s-\s)/;
const NOT_DATELINE = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WATCH', 'LIVE', 'PHOTOS', 'VIDEO', 'AP', 'AFP', 'UN', 'US', 'EU', 'UK', 'BUREAU', 'NEWS', 'DESK']);

/**
 * The city of a news dateline at the start of a lead ("SAMARKAND, Uzbekistan — …", "BEIJING, Oct 18 (Wire) - …",
 * "MOSCOW: …"), in its usual spelling; null when the text opens with no all-capitals place word.
 */
export function findDateline(text: string): string | null {
  const m = DATELINE_RE.exec(text);
  return m?.[1] === undefined ? null : datelineCity(m[1]);
}

/** "SAMARKAND, Uzbekistan", "NEW DELHI", "Kyiv" → the city as a place name ("Samarkand"); null for non-places. */
export function datelineCity(raw: string): string | null {
  const city = (raw.split(',')[0] ?? '').trim();
  if (city.replace(/[^\p{L}]/gu, '').length < 3) return null;
  const words = city.split(/\s+/);
  if (words.some((w) => NOT_DATELINE.has(w.replace(/[.:]$/, '').toUpperCase()))) return null;
  const cased = words.map((w) => w.charAt(0) + w.slice(1).toLowerCase().replace(/([-’'.])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase())).join(' ');
  const known = GAZETTEER.find((g) => g.toLowerCase() === cased.toLowerCase());
  return known ?? cased;
}
