/** Tense around a temporal expression, from the words of its own clause: decides which way a weekday or a year-less month points. */

export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** Auxiliaries and fixed verbs whose presence alone settles the tense. */
const WORD_TENSE: ReadonlyMap<string, Tense> = new Map(Object.entries({
  // A plan or schedule points forward even in a past-tense report: "protesters planned a march on Saturday".
  planned: 'future', plans: 'future', scheduled: 'future', slated: 'future', expected: 'future', due: 'future',
  will: 'future', shall: 'future', "'ll": 'future', would: 'future', wo: 'future', upcoming: 'future', forthcoming: 'future',
  was: 'past', were: 'past', had: 'past', did: 'past', has: 'past', have: 'past', ago: 'past',
  is: 'present', are: 'present', am: 'present', says: 'present', say: 'present', does: 'present', do: 'present',
} as const satisfies Record<string, Tense>));

/** Irregular simple-past forms common in news reports (regular ones end in -ed). */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'said', 'met', 'held', 'began', 'went', 'came', 'took', 'told', 'made', 'gave', 'saw', 'left', 'spoke', 'wrote', 'sent',
  'got', 'found', 'thought', 'brought', 'became', 'chose', 'drew', 'flew', 'grew', 'knew', 'ran', 'rose', 'sat', 'stood',
  'won', 'lost', 'paid', 'led', 'struck', 'sought', 'fought', 'taught', 'caught', 'bought', 'kept', 'felt', 'meant', 'heard',
  'built', 'spent', 'sold', 'shook', 'broke', 'fell', 'forgot', 'hid', 'laid', 'lent', 'overtook', 'undertook', 'withdrew',
  'wore', 'woke', 'arose', 'beat', 'bore', 'swore', 'threw', 'understood', 'became', 'upheld', 'oversaw', 'foresaw', 'slept',
  'dealt', 'hung', 'fled', 'shot', 'stole', 'rode', 'drove', 'ate', 'froze', 'sang', 'sank', 'swam', 'began', 'been', 'gone',
  'done', 'seen', 'taken', 'given', 'spoken', 'written', 'chosen', 'shown', 'known', 'drawn', 'grown', 'thrown', 'flown',
]);

/** Words ending in -ed that are not past verbs. */
const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'breed', 'bleed', 'embed', 'hundred', 'sacred', 'kindred', 'naked', 'wicked', 'shed', 'bed', 'red', 'wed', 'led']);

/** A verb of intent or schedule before "to": "pledged to meet in June", "is set to visit on Friday" look forward. */
const INTENT_BEFORE_TO: ReadonlySet<string> = new Set([
  'set', 'expected', 'expects', 'expect', 'scheduled', 'slated', 'due', 'going', 'plans', 'planned', 'plan', 'planning',
  'pledged', 'pledge', 'pledges', 'agreed', 'agree', 'agrees', 'hopes', 'hoped', 'hope', 'hoping', 'wants', 'wanted', 'want',
  'aims', 'aimed', 'aim', 'vowed', 'vows', 'promised', 'promises', 'decided', 'decides', 'intends', 'intended', 'intend',
  'ready', 'prepares', 'prepared', 'preparing', 'invited', 'invites', 'likely', 'poised', 'seeks', 'sought', 'is', 'are',
  'was', 'were', 'continue', 'continues', 'begin', 'begins', 'going', 'about', 'looking', 'forward', 'chance', 'preparations',
]);

/** Modal or "to" before "be": "will be held", "to be held" look forward even though "held" ends in -ed. */
const FUTURE_BEFORE_BE: ReadonlySet<string> = new Set(['will', 'would', 'to', "'ll", 'shall', 'could', 'may', 'might', 'can', 'should', 'must']);

/** Characters that end a clause for tense purposes; "that" (a complementiser) opens a reported clause with its own tense. */
const CLAUSE_BREAKS = ';:()[]—–';
const CLAUSE_WORD: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'because', 'although', 'though', 'whereas', 'if', 'unless']);
const BREAK = '|';
const MAX_WORDS = 12;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const CURLY_APOSTROPHE = 8217;
const isApostrophe = (c: number): boolean => c === 39 || c === CURLY_APOSTROPHE;

/**
 * Up to `limit` words read backwards from `from` (nearest first), stopping after a clause break, which is returned as
 * `BREAK`. A hand-written scanner: this runs for most timexes, and a tokenising regex costs several times more.
 */
function wordsBefore(text: string, from: number, limit: number): string[] {
  const words: string[] = [];
  let i = from - 1;
  while (i >= 0 && words.length < limit) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i;
      // Whether the word holds a ’ to straighten: most hold none, and then the slice is the word.
      let curly = false;
      for (;;) {
        if (j <= 0) break;
        const p = text.charCodeAt(j - 1);
        if (isLetter(p)) j--;
        else if (isApostrophe(p) && j > 1 && isLetter(text.charCodeAt(j - 2))) { if (p === CURLY_APOSTROPHE) curly = true; j--; } else break;
      }
      const word = text.slice(j, i + 1);
      words.push(curly ? word.replace('’', "'") : word);
      i = j - 1;
    } else {
      if (CLAUSE_BREAKS.includes(text.charAt(i))) { words.push(BREAK); return words; }
      i--;
    }
  }
  return words;
}

function wordsAfter(text: string, from: number, limit: number): string[] {
  const words: string[] = [];
  let i = from;
  while (i < text.length && words.length < limit) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i;
      let curly = false;
      for (;;) {
        if (j + 1 >= text.length) break;
        const n = text.charCodeAt(j + 1);
        if (isLetter(n)) j++;
        else if (isApostrophe(n) && isLetter(text.charCodeAt(j + 2))) { if (n === CURLY_APOSTROPHE) curly = true; j++; } else break;
      }
      const word = text.slice(i, j + 1);
      words.push(curly ? word.replace('’', "'") : word);
      i = j + 1;
    } else {
      if (CLAUSE_BREAKS.includes(text.charAt(i))) { words.push(BREAK); return words; }
      i++;
    }
  }
  return words;
}

/**
 * The tense a single word signals, given the two words before it (`prevWord` the nearest; '' for none), or null.
 * Capitalised words are names or sentence starts, never taken as -ed verbs ("United States").
 */
function tenseOfWord(word: string, prevWord: string, prev2Word: string): Tense | null {
  const lower = word.toLowerCase();
  if (lower === 'to' && INTENT_BEFORE_TO.has(prevWord.toLowerCase())) return 'future';
  if (lower === 'next') return 'future';
  if (lower.endsWith("n't")) {
    const stem = lower.slice(0, -3);
    if (stem === 'wo' || stem === 'would' || stem === 'shall') return 'future';
    if (stem === 'was' || stem === 'were' || stem === 'did' || stem === 'had' || stem === 'has' || stem === 'have') return 'past';
    return 'present';
  }
  const fixed = WORD_TENSE.get(lower);
  if (fixed !== undefined) return fixed;
  const isParticiple = IRREGULAR_PAST.has(lower) || (word === lower && lower.length > 4 && lower.endsWith('ed') && !NOT_PAST_ED.has(lower) && !lower.endsWith('eed'));
  if (!isParticiple && lower !== 'led') return null;
  const prev = prevWord.toLowerCase();
  const prev2 = prev2Word.toLowerCase();
  // Passive or perfect: the auxiliary decides ("will be held", "is expected", "has been held").
  if (prev === 'be' && FUTURE_BEFORE_BE.has(prev2)) return 'future';
  if (prev === 'be') return 'future';
  if (prev === 'is' || prev === 'are' || prev === 'am' || prev === 'being') return 'present';
  return 'past';
}

/**
 * Tense governing the expression at [start, end) in `text`: the nearest tense cue in its clause, looking back first
 * (up to a clause break or a complementiser) and then forward. `unknown` when the clause has no cue.
 */
export function detectTense(text: string, start: number, end: number): Tense {
  // Two extra words give the auxiliaries of the farthest word ("will be held").
  const left = wordsBefore(text, start, MAX_WORDS + 2);
  let back: { tense: Tense; distance: number } | null = null;
  for (let i = 0; i < left.length && i < MAX_WORDS; i++) {
    const token = left[i] ?? BREAK;
    if (token === BREAK || CLAUSE_WORD.has(token.toLowerCase())) break;
    const tense = tenseOfWord(token, left[i + 1] ?? '', left[i + 2] ?? '');
    if (tense !== null) { back = { tense, distance: i }; break; }
  }
  // A verb right after the expression ("the May 7 blasts killed…") beats a cue far back in a longer clause.
  if (back !== null && back.distance <= FAR_BACK) return back.tense;
  const right = wordsAfter(text, end, MAX_WORDS);
  for (let i = 0; i < right.length; i++) {
    const token = right[i] ?? BREAK;
    if (token === BREAK) break;
    const tense = tenseOfWord(token, right[i - 1] ?? '', right[i - 2] ?? '');
    if (tense !== null) {
      if (back === null || i <= NEAR_AHEAD) return tense;
      break;
    }
  }
  if (back !== null) return back.tense;
  return sentenceTense(text, end);
}

const FAR_BACK = 5;
const NEAR_AHEAD = 2;

/** Last resort when the clause has no cue: the first cue anywhere after the expression, then anywhere before it. */
function sentenceTense(text: string, end: number): Tense {
  const right = wordsAfter(text, end, 60);
  for (let i = 0; i < right.length; i++) {
    const token = right[i] ?? BREAK;
    if (token === BREAK) continue;
    const tense = tenseOfWord(token, right[i - 1] ?? '', right[i - 2] ?? '');
    if (tense !== null) return tense;
  }
  return 'unknown';
}
