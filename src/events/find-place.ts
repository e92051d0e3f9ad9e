/** The place of an event: a known capital, country or landmark, else a capitalised name after in/to/at. */

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
const GAZETTEER_RE = new RegExp(String.raw`\b(?:in|to|at|from|into|inside)\s+(${[...GAZETTEER].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\b`, 'g');
const ANY_GAZETTEER_RE = new RegExp(String.raw`(?<![A-Za-z])(${[...GAZETTEER].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\b(?![’']s)(?!\s+[A-Z])`, 'g');
const GENERIC_RE = /\b(?:in|at)\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\b(?![’']s)(?!\s+(?:and|of)\s+[A-Z])(?!\s+[A-Z])/g;

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

/**
 * The place the text states for an action: a known place after in/to/at (or straight after a visit verb: "visited
 * India"), else "the Chinese capital", else a capitalised name after in/at, else any known place named. Null if none.
 */
export function findPlace(text: string, actionText = ''): string | null {
  if (actionText !== '') {
    const at = text.indexOf(actionText);
    const after = at >= 0 ? text.slice(at + actionText.length) : '';
    const direct = new RegExp(String.raw`^\s+(?:to\s+)?(${[...GAZETTEER].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\b`).exec(after);
    if (direct?.[1] && /visit|tour|arriv/i.test(actionText)) return tidy(direct[1]);
  }
  const stated = new RegExp(GAZETTEER_RE.source).exec(text);
  if (stated?.[1]) return tidy(stated[1]);
  for (const [re, place] of ROLE_PLACES) if (re.test(text)) return place;
  for (const m of text.matchAll(GENERIC_RE)) {
    const name = m[1] ?? '';
    const first = name.split(' ')[0] ?? '';
    if (!NOT_PLACE.has(first)) return name;
  }
  const named = new RegExp(ANY_GAZETTEER_RE.source).exec(text);
  return named?.[1] ? tidy(named[1]) : null;
}

/** Only a known place introduced by in/to/at: for statements, whose text names places as topics. */
export function findStatedPlace(text: string): string | null {
  const stated = new RegExp(GAZETTEER_RE.source).exec(text);
  return stated?.[1] ? tidy(stated[1]) : null;
}
