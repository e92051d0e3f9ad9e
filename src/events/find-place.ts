/** The place of an event: a known capital, country or landmark, else a capitalised name after in/to/at. */
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

const ROLE_PLACES = [
  [/\bthe Chinese capital\b/, 'Beijing'],
  [/\bthe Russian capital\b/, 'Moscow'],
] as const satisfies readonly (readonly [RegExp, string])[];

const NOT_PLACE = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'The', 'A', 'An', 'His', 'Her', 'Their', 'This',
  'That', 'Chinese', 'Russian', 'President', 'Prime', 'Minister', 'English', 'Russian', 'Mandarin', 'Xi', 'Putin',
]);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const GAZETTEER_ALT = [...GAZETTEER].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
const GAZETTEER_RE = new RegExp(String.raw`\b(in|to|at|from|into|inside)\s+(${GAZETTEER_ALT})\b`, 'g');
/** A known place straight after a visit verb: "visited India", "travelled to Moscow". */
const DIRECT_RE = new RegExp(String.raw`^\s+(?:to\s+)?(${GAZETTEER_ALT})\b`);
const ANY_GAZETTEER_RE = new RegExp(String.raw`(?<![A-Za-z])(${GAZETTEER_ALT})\b(?![’']s)(?!\s+[A-Z])`, 'g');
const GENERIC_RE = /\b(?:in|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\b(?![’']s)(?!\s+(?:and|of)\s+[A-Z])(?!\s+[A-Z])/g;

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
const METONYM_AFTER = /^(?:-|\s+(?:and|or|said|says|told|has|have|had|is|was|were|are|would|will|could|should|may|might|did|does|wants|sees|hopes|insists|accused|denied|warned|urged|aide|adviser|advisor|official|officials|spokesman|spokeswoman|spokesperson|leader|leadership|government)\b)/;
const METONYM_BEFORE = /\b(?:according\s+to|by|and|between|with|from|over|about|against|towards?|regarding|on)\s+$/;

/** Places of the two principals' countries, for "who hosts whom" (a guest in Sochi is received by Russia's leader). */
const COUNTRY_OF: Readonly<Record<string, 'China' | 'Russia'>> = {
  China: 'China', Beijing: 'China', Shanghai: 'China', Harbin: 'China', Hangzhou: 'China', Xiamen: 'China', Qingdao: 'China',
  Shenzhen: 'China', Guangzhou: 'China', Chengdu: 'China', 'Xi’an': 'China', "Xi'an": 'China', Wuhan: 'China', Zhongnanhai: 'China',
  Diaoyutai: 'China', 'the Great Hall of the People': 'China',
  Russia: 'Russia', Moscow: 'Russia', 'St Petersburg': 'Russia', 'St. Petersburg': 'Russia', Sochi: 'Russia', Vladivostok: 'Russia',
  Kazan: 'Russia', 'the Kremlin': 'Russia',
};

export function countryOf(place: string): 'China' | 'Russia' | null {
  return COUNTRY_OF[place] ?? null;
}

function tidy(place: string): string {
  return place === 'Kremlin' ? 'the Kremlin' : place;
}

/** How many characters past the action word a place may stand and still be where it happened. */
const PLACE_REACH = 70;
const PURPOSE_RE = /\sto\s+(?!(?:the|a|an|his|her|their|its|our)\b)[a-z]+\b/;

/**
 * Where a place name sits after in/at/inside an "in a university in X" affiliation (the speaker's employer's city), it
 * tells where the speaker works, not where the event happens.
 */
const AFFILIATION_BEFORE = /\b(?:University|Institute|Center|Centre|Academy|School|College|Studies|think[- ]tank|Foundation|Council|Society)\b[^,.;]{0,40}$/i;

function isAffiliation(text: string, at: number): boolean {
  return AFFILIATION_BEFORE.test(text.slice(Math.max(0, at - 60), at));
}

/**
 * The place the text states for an action: a known place after in/to/at (or straight after a visit verb: "visited
 * India"), else "the Chinese capital", else a capitalised name after in/at, else a known place named as a venue (not
 * as a government: "Moscow said"; seats of government only after in/at). Null if none.
 */
export function findPlace(clauseText: string, actionText = ''): string | null {
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
  const stated = gazetteer ? findStatedPlace(text) : null;
  if (stated !== null) return stated;
  for (const [re, place] of ROLE_PLACES) if (re.test(text)) return place;
  for (const m of text.matchAll(GENERIC_RE)) {
    const name = m[1] ?? '';
    const first = name.split(' ')[0] ?? '';
    if (!NOT_PLACE.has(first) && !isAffiliation(text, m.index)) return name;
  }
  if (gazetteer) for (const m of text.matchAll(ANY_GAZETTEER_RE)) {
    const name = m[1] ?? '';
    if (INSTITUTIONS.has(name)) continue;
    const end = m.index + name.length;
    if (METONYM_AFTER.test(text.slice(end, end + 16)) || METONYM_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    if (isAffiliation(text, m.index)) continue;
    return tidy(name);
  }
  return null;
}

/** Only a known place introduced by in/to/at: for statements, whose text names places as topics. */
export function findStatedPlace(text: string): string | null {
  if (!mayNameGazetteerPlace(text)) return null;
  for (const m of text.matchAll(GAZETTEER_RE)) {
    const preposition = (m[1] ?? '').toLowerCase();
    const name = m[2];
    if (name === undefined || isAffiliation(text, m.index)) continue;
    // "according to the Kremlin", "a statement from Beijing": the source of words, not a venue.
    if ((preposition === 'to' || preposition === 'from') && (INSTITUTIONS.has(name) || /\baccording\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    return tidy(name);
  }
  return null;
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
