/** Text → index terms: lower-case, diacritics folded, split on non-letters, English suffixes folded, stopwords dropped. */

/**
 * Function words that carry no topic. They stay out of the index: a question's "when did … the …" must not decide ranking.
 * Kept deliberately short: news words like "said", "talks", "president" are topical enough to let BM25 weigh them by rarity.
 */
const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'doing',
  'done', 'for', 'from', 'had', 'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', 'if', 'in',
  'into', 'is', 'it', 'its', 'me', 'my', 'of', 'on', 'or', 'our', 'ours', 'she', 'so', 'than', 'that', 'the', 'their',
  'theirs', 'them', 'then', 'there', 'these', 'they', 'this', 'those', 'to', 'us', 'was', 'we', 'were', 'what', 'when',
  'where', 'which', 'while', 'who', 'whom', 'whose', 'why', 'will', 'with', 'would', 'you', 'your', 'yours', 'about',
  'also', 'any', 'all', 'both', 'each', 'just', 'not', 'no', 'nor', 'only', 'own', 'same', 'should', 'some', 'such', 'too',
  'very', 'shall', 'may', 'might', 'must', 'am', 'ever', 'tell', 'show', 'find', 'list', 'give', 'please', 'happen',
  'happened', 'between', 'over', 'under', 'again', 'further', 'once', 'after', 'before', 'during', 'up', 'down', 'out',
  'off', 'above', 'below', 'other', 'more', 'most', 'many', 'much', 's', 't',
]);

/** Irregular forms folded to their base before suffix folding, so "met" finds "meeting" and "held" finds "hold". */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['met', 'meet'], ['held', 'hold'], ['said', 'say'], ['says', 'say'], ['spoke', 'speak'], ['spoken', 'speak'],
  ['took', 'take'], ['taken', 'take'], ['went', 'go'], ['gone', 'go'], ['came', 'come'], ['gave', 'give'],
  ['given', 'give'], ['made', 'make'], ['told', 'tell'], ['sent', 'send'], ['saw', 'see'], ['seen', 'see'],
  ['began', 'begin'], ['begun', 'begin'], ['wrote', 'write'], ['written', 'write'], ['flew', 'fly'], ['flown', 'fly'],
  ['left', 'leave'], ['chose', 'choose'], ['chosen', 'choose'], ['sought', 'seek'], ['brought', 'bring'],
  ['thought', 'think'], ['became', 'become'], ['won', 'win'], ['led', 'lead'], ['paid', 'pay'], ['signing', 'sign'],
]);

/** Words whose trailing "s" is not a plural; folding them would merge unrelated words ("news" with "new"). */
const KEEP_S: ReadonlySet<string> = new Set(['news', 'always', 'perhaps', 'series', 'species', 'whereas', 'thus', 'tennis']);

const VOWEL = /[aeiouy]/;
const DIACRITICS = /\p{M}+/gu;
// Apostrophes (straight, curly, modifier letter) inside a word: "Xi's" drops its possessive, "O'Neill" joins.
const POSSESSIVE = /['’ʼ`´]s(?![\p{L}\p{N}])/gu;
const APOSTROPHE = /(?<=[\p{L}\p{N}])['’ʼ`´](?=[\p{L}\p{N}])/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;
// Scripts written without spaces: each character is its own token so a query word can match inside a run.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Lower-cases, folds compatibility forms and strips diacritics: "Sōchi" and "SOCHI" both become "sochi". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/**
 * Light English suffix folding (not Porter): plurals, -ing, -ed, a final -e, so meets/meeting/meet, olympics/olympic,
 * invite/invited/inviting each share a stem. Index and query both go through it, so a stem never needs to be a real word.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  let w = irregular ?? word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !KEEP_S.has(w) && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length >= 6 && VOWEL.test(w.slice(0, -3)) && !/[jq]ing$/.test(w)) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length >= 5 && VOWEL.test(w.slice(0, -2)) && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('eed') && w.length >= 6) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3 && !w.endsWith('ee')) w = w.slice(0, -1);
  else if (w.endsWith('ee') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w.at(-1);
  return last !== undefined && w.at(-2) === last && !'lsz'.includes(last) && !VOWEL.test(last) ? w.slice(0, -1) : w;
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_POSSESSIVE = /['`]s(?![a-z0-9])/g;
const ASCII_APOSTROPHE = /(?<=[a-z0-9])['`](?=[a-z0-9])/g;
const ASCII_NON_WORD = /[^a-z0-9]+/;

/** The words of a text, folded but not stemmed, stopwords kept: what phrase matching and display work on. */
export function splitWords(text: string): string[] {
  if (ASCII.test(text)) {
    // Fast path for plain ASCII, most of an English corpus: no normalisation, no Unicode classes.
    const parts = text.toLowerCase().replace(ASCII_POSSESSIVE, '').replace(ASCII_APOSTROPHE, '').split(ASCII_NON_WORD);
    return parts.filter((part) => part !== '');
  }
  const folded = foldText(text).replace(POSSESSIVE, '').replace(APOSTROPHE, '');
  const words: string[] = [];
  for (const part of folded.split(NON_WORD)) {
    if (part === '') continue;
    if (UNSPACED.test(part)) {
      for (const ch of part) words.push(ch);
    } else {
      words.push(part);
    }
  }
  return words;
}

const analysed = new Map<string, string | null>();
const LONE_KEPT = /[\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A folded word → its index term, or null for a stopword or a lone letter. Memoised: a corpus repeats its words. */
export function termOf(word: string): string | null {
  const known = analysed.get(word);
  if (known !== undefined) return known;
  const term = isStopword(word) || (word.length === 1 && !LONE_KEPT.test(word)) ? null : stem(word);
  // Bounded so a stream of unique junk cannot grow memory without limit.
  if (analysed.size < 200_000 && word.length <= 40) analysed.set(word, term);
  return term;
}

/** Index terms of a text, in order: folded, stemmed, stopwords and lone letters dropped (lone digits kept). */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    const term = termOf(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}
