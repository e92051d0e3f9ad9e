/** People in a sentence: the two principals by alias or role phrase, other people by title, apposition or speech verb, surnames by coreference. */
import { resolvePlace } from '../geo/resolve-place.js';
import { firstLetterTable, isAsciiLetter, isListedRun, letterRunEnd, nextLetterRun } from './letter-runs.js';

export const XI = 'Xi Jinping';
export const PUTIN = 'Vladimir Putin';

/**
 * The domain's fixed principals. Role phrases are matched only when no name follows them ("Chinese President Xi
 * Jinping" is found by its name; "the Chinese president" alone is Xi).
 */
export const PRINCIPALS = [
  {
    name: XI,
    names: /\b(?:Xi\s+Jinping|Xi)\b(?![’']an\b)/g,
    nationality: '(?:Chinese|China[’\']s)',
  },
  {
    name: PUTIN,
    names: /\b(?:Vladimir\s+(?:Vladimirovich\s+)?Putin|Putin)\b/g,
    nationality: '(?:Russian|Russia[’\']s|Kremlin)',
  },
] as const;

/** Titles after which a capitalised name is a person; `official` marks office holders, whose statements are news. */
const TITLES = [
  ['Vice President', true], ['Vice-President', true], ['President', true], ['president', true],
  ['Prime Minister', true], ['prime minister', true], ['Vice-Premier', true], ['Vice Premier', true], ['vice-premier', true], ['Premier', true], ['premier', true],
  ['Foreign Minister', true], ['foreign minister', true], ['Defence Minister', true], ['Defense Minister', true], ['Minister', true], ['minister', true],
  ['Secretary of State', true], ['Secretary-General', true], ['Secretary General', true], ['Secretary', true], ['secretary', true],
  ['Chancellor', true], ['Chairman', true], ['chairman', true], ['Chairwoman', true], ['chairwoman', true], ['Chair', true],
  ['spokesman', true], ['spokeswoman', true], ['spokesperson', true], ['Spokesman', true], ['Spokesperson', true],
  ['adviser', true], ['advisor', true], ['aide', true], ['Ambassador', true], ['ambassador', true], ['envoy', true],
  ['diplomat', true], ['negotiator', true], ['commander', true], ['Commander', true],
  ['General', true], ['Gen.', true], ['Senator', true], ['Sen.', true], ['Governor', true], ['Mayor', true],
  ['King', true], ['Queen', true], ['Crown Prince', true], ['Pope', true], ['Commissioner', true], ['Speaker', true],
  ['counterpart', true], ['leader', true], ['Leader', true], ['chief', true], ['Chief', true], ['head', true], ['director', false], ['Director', false],
  ['PM', true], ['CEO', true], ['Chief Executive', true], ['chief executive', true], ['State Councillor', true], ['State Counsellor', true],
  ['Councillor', true], ['Counsellor', true], ['councillor', true], ['member', true], ['Member', true],
  ['Mr', false], ['Mr.', false], ['Mrs', false], ['Mrs.', false], ['Ms', false], ['Ms.', false], ['Dr', false], ['Dr.', false],
  ['Professor', false], ['professor', false], ['analyst', false], ['expert', false], ['scholar', false], ['researcher', false],
  ['star', false], ['player', false], ['first lady', false], ['journalist', false], ['reporter', false], ['activist', false],
] as const satisfies readonly (readonly [string, boolean])[];

/** Capitalised words that start or continue no personal name. */
const NOT_NAME = new Set([
  'The', 'A', 'An', 'On', 'In', 'At', 'And', 'But', 'As', 'For', 'Of', 'To', 'With', 'He', 'She', 'They', 'It', 'His', 'Her',
  'Their', 'This', 'That', 'When', 'While', 'After', 'Before', 'Since', 'Now', 'Last', 'Next', 'However', 'Meanwhile',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Chinese', 'Russian', 'American', 'US', 'U.S.', 'UN', 'EU', 'China', 'Russia', 'Beijing', 'Moscow', 'Kremlin', 'Washington',
  'Ukraine', 'Ukrainian', 'India', 'Indian', 'Taiwan', 'Olympics', 'Olympic', 'Games', 'Winter', 'Summer', 'State', 'Foreign',
  'Ministry', 'Minister', 'President', 'Prime', 'Times', 'Post', 'Daily', 'News', 'Agency', 'House', 'White', 'Council',
  'Committee', 'Court', 'International', 'National', 'Security', 'Institute', 'University', 'Center', 'Centre', 'Party',
  'Communist', 'Xinhua', 'TASS', 'Tass', 'Global', 'Association', 'Organization', 'Organisation', 'Union', 'Republic', 'People',
  'Government', 'Army', 'Navy', 'Academy', 'Bank', 'Fund', 'Group', 'Summit', 'Forum', 'Initiative', 'Media', 'Press',
  'Reuters', 'AFP', 'AP', 'BBC', 'CNN', 'Bloomberg', 'Western', 'West', 'East', 'European', 'Asia', 'Asian', 'Pacific',
]);

export interface PersonMention {
  readonly name: string;
  /** Index within the sentence text. */
  readonly start: number;
  readonly end: number;
  /** A principal or someone named with an office title: their statements are events; experts' comments are not. */
  readonly official: boolean;
}

/** What an article has said so far about people: surnames resolve to the last full name they belonged to. */
export interface PeopleContext {
  readonly fullNames: Map<string, { name: string; official: boolean }>;
  readonly principalsSeen: Set<string>;
  /** People of the previous sentence, for "they" and "the two sides". */
  previous: readonly string[];
  /** The article's sentences, read for full names the first time a surname alone does not resolve. */
  unread: readonly string[] | null;
}

/**
 * A fresh context; given the article's sentences, it first learns every full name they give with a title, apposition
 * or speech verb, so a surname can resolve even before its full name appears ("PM Kato" in a headline, "Prime Minister
 * Yui Kato" in the text).
 */
export function createPeopleContext(sentences: readonly string[] = []): PeopleContext {
  return { fullNames: new Map(), principalsSeen: new Set(), previous: [], unread: sentences.length > 0 ? sentences : null };
}

/** Reads the article once for its full names; only a surname that nothing before it resolves pays for this. */
function readAhead(context: PeopleContext): void {
  const sentences = context.unread;
  if (sentences === null) return;
  context.unread = null;
  for (const text of sentences) for (const c of nameCandidates(text)) {
    const name = cleanName(c.seq);
    if (name !== null && name.includes(' ') && principalOf(name) === null && !context.fullNames.has(name)) learnFullName(context, name, c.official, false);
  }
}

/** Files a full name under itself, its first and its last word, so either alone resolves to it later. */
function learnFullName(context: PeopleContext, name: string, official: boolean, overwrite = true): void {
  const known = context.fullNames.get(name);
  const entry = { name, official: official || (known?.official ?? false) };
  const parts = name.split(' ');
  context.fullNames.set(name, entry);
  // Read ahead, a name never takes a surname from someone already named ("Wang" stays Wang Yi until named again).
  for (const part of [parts[0], parts[parts.length - 1]]) {
    if (part !== undefined && (overwrite || !context.fullNames.has(part))) context.fullNames.set(part, entry);
  }
}

const NAME_TOKEN = String.raw`[A-Z][a-zA-Z’'\-]*[a-z][a-zA-Z’'\-]*`;
// Particles inside names: "Ursula von der Leyen", "Mohammed bin Salman".
const NAME_SEQ = String.raw`(${NAME_TOKEN}(?:\s+(?:(?:von|van|der|den|de|da|di|du|la|le|bin|al|el)\s+){0,2}${NAME_TOKEN}){0,2})`;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "Ambassador to Chile Ana Ruiz", "President of Peru Luis Vega": the place words and the name come as one run (group 3).
const TITLE_RE = new RegExp(
  String.raw`(?<![A-Za-z])(${TITLES.map(([t]) => escapeRe(t)).sort((a, b) => b.length - a.length).join('|')})\s+(?:${NAME_SEQ}|(?:to|of)\s+(?:the\s+)?((?:[A-Z][a-zA-Z’'\-]*\s+){2,5}[A-Z][a-zA-Z’'\-]*))`,
  'g',
);
/**
 * A title match starts where a run of letters does (nothing alphabetic before it), and that whole run is the
 * title's first word ("Vice" of "Vice-President", "Gen" of "Gen."), since `\s+` follows every title. Trying the
 * pattern only at runs that open some title gives the same matches as a global scan, at a fraction of the cost.
 */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(TITLES.map(([t]) => /^[A-Za-z]+/.exec(t)?.[0] ?? ''));
const TITLE_AT = new RegExp(TITLE_RE.source, 'y');
const TITLE_FIRST_LETTERS = firstLetterTable(TITLE_FIRST_WORDS);

/** The matches of `TITLE_RE` in `text`, in order, as `text.matchAll(TITLE_RE)` would give them. */
function titleMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  // The runs `/[A-Za-z]+/g` would give, resuming after each title match (possibly inside a run).
  for (let at = nextLetterRun(text, 0); at < text.length; ) {
    const end = letterRunEnd(text, at);
    const startsRun = at === 0 || !isAsciiLetter(text.charCodeAt(at - 1));
    TITLE_AT.lastIndex = at;
    const m = startsRun && isListedRun(text, at, end, TITLE_FIRST_LETTERS, TITLE_FIRST_WORDS) ? TITLE_AT.exec(text) : null;
    if (m !== null) out.push(m);
    at = nextLetterRun(text, m === null ? end : m.index + m[0].length);
  }
  return out;
}
const APPOSITION_RE = new RegExp(String.raw`${NAME_SEQ},\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?(professor|fellow|expert|analyst|researcher|scholar|director|spokesman|spokeswoman|spokesperson|adviser|advisor|minister|official|diplomat|ambassador|envoy)\b`, 'g');
const SPEAKER_RE = new RegExp(String.raw`${NAME_SEQ}\s+(?:said|says|told|noted|stressed|wrote|added)\b`, 'g');
const APPOSITION_HINT = /,\s+(?:a|an|the)\s/;
// "his wife, Peng Wen", "Peng Wen, wife of the president": family members are named, and are nobody's title.
const RELATION_HINT = /\b(?:wife|husband|spouse|widow|daughter|son)\b/;
const RELATION_BEFORE_RE = new RegExp(String.raw`\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:wife|husband|spouse|widow|daughter|son),?\s+${NAME_SEQ}`, 'g');
const RELATION_AFTER_RE = new RegExp(String.raw`${NAME_SEQ},?\s+(?:the\s+)?(?:wife|husband|spouse|widow|daughter|son)\s+of\b`, 'g');
const SPEAKER_HINT = /\b(?:said|says|told|noted|stressed|wrote|added)\b/;
const OFFICIAL_APPOSITION = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'minister', 'official', 'diplomat', 'ambassador', 'envoy']);

/** Trims leading/trailing words that cannot be part of a name ("Putin On" → "Putin"); null when nothing is left. */
const TITLE_WORDS = new Set(TITLES.flatMap(([t]) => t.split(' ')).map((w) => w.replace(/\.$/, '').toLowerCase()));

function cleanName(seq: string): string | null {
  const tokens = seq.split(/\s+/);
  while (tokens.length > 1 && TITLE_WORDS.has((tokens[0] ?? '').replace(/\.$/, '').toLowerCase())) tokens.shift();
  const kept: string[] = [];
  for (const t of tokens) {
    const bare = t.replace(/[’']s$/, '');
    if (NOT_NAME.has(bare)) break;
    kept.push(bare);
    if (bare !== t) break;
  }
  // "Chile Ana Ruiz told…" after "Ambassador to": a country opens no three-word name (two-word "Jordan Lee" may be one).
  if (kept.length >= 3 && resolvePlace(kept[0] ?? '')?.country !== undefined && resolvePlace(kept[0] ?? '')?.city === undefined) kept.shift();
  // A title is nobody's name: "the Vice Chairman said" names no one.
  while (kept.length > 0 && TITLE_WORDS.has((kept[kept.length - 1] ?? '').replace(/\.$/, '').toLowerCase())) kept.pop();
  return kept.length > 0 ? kept.join(' ') : null;
}

const PRINCIPAL_AT_START = PRINCIPALS.map((p) => ({ name: p.name, re: new RegExp(`^(?:${p.names.source})`) }));

function principalOf(name: string): string | null {
  return PRINCIPAL_AT_START.find((p) => p.re.test(name))?.name ?? null;
}

const NAME_TOKEN_RE = new RegExp(NAME_TOKEN, 'g');

/** "the Chinese president", "his Russian counterpart": compiled once per principal, not per sentence. */
const ROLE_RES = PRINCIPALS.map((p) => ({
  name: p.name,
  hint: new RegExp(p.nationality),
  re: new RegExp(
    String.raw`\b(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+)?${p.nationality}\s+(?:top\s+)?([Pp]resident|[Ll]eader|head of state|counterpart|[Cc]hief)\b(?!\s+[A-Z])`,
    'g',
  ),
}));
/** A role phrase needs a role word: most sentences have none, and then no role pattern runs. */
const ROLE_HINT = /[Pp]resident|[Ll]eader|head of state|counterpart|[Cc]hief/;
const TITLE_OFFICIAL: ReadonlyMap<string, boolean> = new Map([...TITLES].reverse());
const BOTH_RE = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state)\b|\bthe two\b(?!\s+(?:countries|nations|sides|neighbou?rs|sides))/gi;
const THEY_RE = /\b(?:they|They|the two sides|both sides|both men)\b/;
/** The pair by their countries: "the leaders of Russia and China", "the Chinese and Russian presidents". */
const PAIR_RE = /\b(?:leaders|presidents|heads of state)\s+of\s+(?:Russia\s+and\s+China|China\s+and\s+Russia)\b|\b(?:Russian\s+and\s+Chinese|Chinese\s+and\s+Russian)\s+(?:leaders|presidents|heads of state)\b/gi;

/**
 * Records a mention unless it overlaps one already taken (`shared` mentions, "the two leaders" for both, may) or
 * repeats one. A module function rather than a closure in `findPeople`, which runs for every sentence.
 */
function addPerson(found: PersonMention[], taken: Array<[number, number]>, name: string, start: number, end: number, official: boolean, shared = false): boolean {
  if (!shared) for (const [a, b] of taken) if (start < b && end > a) return false;
  for (const f of found) if (f.name === name && f.start === start) return false;
  taken.push([start, end]);
  found.push({ name, start, end, official });
  return true;
}

interface NameCandidate {
  readonly seq: string;
  readonly start: number;
  readonly official: boolean;
}

/** Names after a title ("Ambassador to Chile Ana Ruiz" too), in an apposition, after a relation, or before a speech verb. */
function nameCandidates(text: string): NameCandidate[] {
  const candidates: NameCandidate[] = [];
  for (const m of titleMatches(text)) {
    const title = m[1] ?? '';
    const official = TITLE_OFFICIAL.get(title) ?? false;
    const run = m[2] ?? m[3] ?? '';
    const seq = m[2] ?? placedName(run);
    if (seq === '') continue;
    candidates.push({ seq, start: m.index + m[0].length - run.length + run.indexOf(seq), official });
  }
  // The apposition and speaker patterns try a name at every capital letter: run them only where they can match.
  if (APPOSITION_HINT.test(text)) for (const m of text.matchAll(APPOSITION_RE)) {
    candidates.push({ seq: m[1] ?? '', start: m.index, official: OFFICIAL_APPOSITION.has(m[2] ?? '') });
  }
  if (RELATION_HINT.test(text)) {
    for (const m of text.matchAll(RELATION_BEFORE_RE)) candidates.push({ seq: m[1] ?? '', start: m.index + m[0].length - (m[1] ?? '').length, official: false });
    for (const m of text.matchAll(RELATION_AFTER_RE)) candidates.push({ seq: m[1] ?? '', start: m.index, official: false });
  }
  if (SPEAKER_HINT.test(text)) for (const m of text.matchAll(SPEAKER_RE)) {
    const seq = m[1] ?? '';
    if (seq.split(/\s+/).length >= 2) candidates.push({ seq, start: m.index, official: false });
  }
  return candidates;
}

/**
 * "China Andrey Denisov" after "Ambassador to": the words after the longest known place that opens them, when at least
 * two are left (a full name); "" when no place opens them.
 */
function placedName(words: string): string {
  const tokens = words.trim().split(/\s+/);
  for (let k = Math.min(3, tokens.length - 2); k >= 1; k--) {
    if (resolvePlace(tokens.slice(0, k).join(' ')) !== null) return tokens.slice(k).join(' ');
  }
  return '';
}

/**
 * Finds the people a sentence mentions. Updates `context` (full names seen, principals seen, this sentence's people)
 * so later sentences can resolve "Wang" to "Wang Yi" and "the two leaders" to both principals.
 */
export function findPeople(text: string, context: PeopleContext = createPeopleContext()): PersonMention[] {
  const found: PersonMention[] = [];
  const taken: Array<[number, number]> = [];

  // Each principal's pattern needs its surname (or "Xi") literally: skip the scan when it is absent.
  for (const p of PRINCIPALS) {
    if (!text.includes(p.name === XI ? 'Xi' : 'Putin')) continue;
    for (const m of text.matchAll(p.names)) addPerson(found, taken, p.name, m.index, m.index + m[0].length, true);
  }
  const candidates = nameCandidates(text);
  for (const c of candidates) {
    const name = cleanName(c.seq);
    if (name === null || principalOf(name) !== null) continue;
    const multi = name.includes(' ');
    if (!multi && context.unread !== null && !context.fullNames.has(name)) readAhead(context);
    const known = context.fullNames.get(name);
    const resolved = !multi && known ? known.name : name;
    // The mention spans the name itself, past the titles cleanName dropped ("Aide Yury Ushakov" → "Yury Ushakov").
    const start = c.start + Math.max(0, c.seq.indexOf(name));
    const added = addPerson(found, taken, resolved, start, start + name.length, c.official || (known?.official ?? false));
    if (multi && added) learnFullName(context, name, c.official);
  }
  // Surnames (or given names) of people named in full earlier.
  if (context.fullNames.size > 0) {
    NAME_TOKEN_RE.lastIndex = 0;
    for (let m = NAME_TOKEN_RE.exec(text); m !== null; m = NAME_TOKEN_RE.exec(text)) {
      const raw = m[0];
      const token = raw.endsWith('s') && (raw.endsWith("'s") || raw.endsWith('’s')) ? raw.slice(0, -2) : raw;
      const known = context.fullNames.get(token);
      if (known && !known.name.includes(' ') && known.name === token) continue;
      if (known && known.name !== token) addPerson(found, taken, known.name, m.index, m.index + token.length, known.official);
    }
  }
  // Role phrases for the principals when no name follows: "the Chinese president", "his Russian counterpart".
  // Twice, so that "his Russian counterpart" can lean on a principal found by a role phrase in the first round.
  // Each pattern needs its nationality word and a role word: without both no round can match.
  const roles = ROLE_HINT.test(text) ? ROLE_RES.filter((p) => p.hint.test(text)) : [];
  if (roles.length > 0) for (const p of [...roles, ...roles]) {
    const names = new Set(found.map((f) => f.name));
    const other = PRINCIPALS.find((q) => q.name !== p.name);
    for (const m of text.matchAll(p.re)) {
      const isCounterpart = (m[1] ?? '').toLowerCase() === 'counterpart';
      if (isCounterpart && !(other && (names.has(other.name) || context.principalsSeen.has(other.name)))) continue;
      addPerson(found, taken, p.name, m.index, m.index + m[0].length, true);
    }
  }
  // "the two leaders" / "the two presidents" after both principals appeared; "they" / "the two sides" → previous people.
  const both = PRINCIPALS.every((p) => context.principalsSeen.has(p.name) || found.some((f) => f.name === p.name));
  if (both) for (const m of text.matchAll(BOTH_RE)) {
    for (const p of PRINCIPALS) addPerson(found, taken, p.name, m.index, m.index + m[0].length, true, true);
  }
  if (text.includes(' and ')) for (const m of text.matchAll(PAIR_RE)) {
    for (const p of PRINCIPALS) addPerson(found, taken, p.name, m.index, m.index + m[0].length, true, true);
  }
  if (found.length === 0 && context.previous.length >= 2) {
    const m = THEY_RE.exec(text);
    if (m) for (const name of context.previous) found.push({ name, start: m.index, end: m.index + m[0].length, official: true });
  }

  for (const f of found) if (f.name === XI || f.name === PUTIN) context.principalsSeen.add(f.name);
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  context.previous = found.length === 0 ? NO_NAMES : [...new Set(found.map((f) => f.name))];
  return found;
}

const NO_NAMES: readonly string[] = [];

export function isPrincipal(name: string): boolean {
  return PRINCIPALS.some((p) => p.name === name);
}

/**
 * A name as someone typed or wrote it → the person's name, for questions ("who is Premier Li Wenbo" → "Li Wenbo",
 * "Putin" → "Vladimir Putin"); null for a title or a word that names nobody ("President", "the Chairman").
 */
export function personName(text: string): string | null {
  const seq = text.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/[?.!,;:]+$/, '');
  if (!/^\p{Lu}/u.test(seq)) return null;
  const name = cleanName(seq);
  if (name === null || TITLE_WORDS.has(name.toLowerCase()) || NOT_NAME.has(name)) return null;
  return principalOf(name) ?? name;
}
