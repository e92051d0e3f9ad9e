/** The action words that make a sentence an event, by kind, and the families that decide which kinds may merge. */

export type ActionKind =
  | 'meet' | 'talks' | 'summit' | 'call' | 'host' | 'visit'
  | 'attend' | 'ceremony' | 'sign' | 'pledge' | 'accept' | 'invite'
  | 'announce' | 'statement' | 'publish' | 'warrant' | 'elect' | 'incident';

export type ActionFamily = 'encounter' | 'visit' | 'attend' | 'accord' | 'invite' | 'speech' | 'legal' | 'office' | 'incident';

/**
 * Patterns are case-insensitive and matched on word boundaries. Order matters only for overlapping matches: the first
 * pattern to claim a span keeps it ("video call" before "call", "joint statement" before "statement").
 */
export const ACTION_LEXICON = [
  ['call', String.raw`(?:video|phone|telephone)\s+(?:call|conversation|talks?|meeting|summit)|video[- ]?link|video[- ]?conference|virtual(?:ly)?\s+(?:meeting|summit|talks)?|phone\s+(?:call|talks)|spoke\s+(?:by|on the)\s+(?:phone|telephone)|(?:held|had)\s+a\s+call|call\s+with|(?:first|second|third|fourth|fifth|latest)\s+call|(?:tele)?phone(?:d|s)?|(?:during|in|after)\s+(?:the|their|that)\s+call|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)[’']s\s+call`],
  ['sign', String.raw`joint\s+statement|sign(?:s|ed|ing)?|agreements?|treaty|deals?|memorandum|declaration`],
  ['summit', String.raw`summits?`],
  ['talks', String.raw`talks|negotiations?|held\s+discussions|discussed`],
  ['meet', String.raw`met|meets?|meetings?|face[- ]to[- ]face|get-together|sat\s+down`],
  ['host', String.raw`host(?:s|ed|ing)?|welcom(?:es|ed|ing)|receiv(?:es|ed)`],
  ['visit', String.raw`(?:state\s+)?visit(?:s|ed|ing)?|trip|travel(?:s|led|ed)?\s+to|fl(?:ew|own)\s+to|arriv(?:es|ed|al)|tour(?:s|ed)?`],
  ['ceremony', String.raw`(?:opening|closing)\s+ceremon(?:y|ies)|ceremon(?:y|ies)|parade|celebrat(?:e|es|ed|ion)|presented|presents|awarded`],
  ['attend', String.raw`attend(?:s|ed|ing|ance)?|t(?:ake|ook|aking)\s+part|participat(?:e|es|ed|ing)`],
  ['accept', String.raw`accept(?:s|ed|ing)?|confirm(?:s|ed|ing)?`],
  ['invite', String.raw`invit(?:e|es|ed|ing|ation)`],
  ['pledge', String.raw`pledg(?:e|es|ed)|vow(?:s|ed)|promis(?:e|es|ed)|agreed|committed`],
  ['warrant', String.raw`(?:arrest\s+)?warrants?|indict(?:ed|ment)|sanction(?:s|ed)|charged`],
  ['elect', String.raw`elect(?:ed|ion|ions)|re-?elect(?:ed|ion)?|(?:third|second|new|fifth)\s+term|came\s+to\s+power|took\s+office|sworn\s+in|inaugurat(?:ed|ion)|assumed\s+(?:his|her|the)\s+(?:role|office|post|presidency)|chair(?:s|ed|manship)?\s+of|take\s+over\s+as`],
  ['publish', String.raw`publish(?:es|ed|ing)?|posted|op-ed|wrote`],
  ['announce', String.raw`announc(?:e|es|ed|ement)|unveil(?:s|ed)|launch(?:es|ed)|declar(?:e|es|ed)|briefing|press\s+conference`],
  ['incident', String.raw`outbreak|invasion|invaded|attack(?:s|ed)?|lock(?:ed)?\s+down|lockdown|war\s+(?:began|broke)|crash(?:ed)?|explosion|earthquake|protests?`],
  ['statement', String.raw`said|says|told|stated|stress(?:ed|es)|noted|warned|urged|criticiz(?:ed|es)|criticis(?:ed|es)|praised|predicted|alleged|accused|denied|expressed|called\s+(?:on|for)|called|reiterated|insisted|added`],
] as const satisfies readonly (readonly [ActionKind, string])[];

export const FAMILY_OF = {
  meet: 'encounter', talks: 'encounter', summit: 'encounter', call: 'encounter', host: 'encounter',
  visit: 'visit',
  attend: 'attend', ceremony: 'attend',
  sign: 'accord', pledge: 'accord',
  accept: 'invite', invite: 'invite',
  announce: 'speech', statement: 'speech', publish: 'speech',
  warrant: 'legal', elect: 'office', incident: 'incident',
} as const satisfies Record<ActionKind, ActionFamily>;

/** Families that describe one occasion from different angles: a visit is where meetings and ceremonies happen. */
const RELATED: ReadonlySet<string> = new Set(['encounter|visit', 'visit|attend', 'encounter|attend', 'encounter|accord']);

export function familiesRelated(a: ActionFamily, b: ActionFamily): boolean {
  return a === b || RELATED.has(`${a}|${b}`) || RELATED.has(`${b}|${a}`);
}

/** Reporting verbs weigh less than actions when both could carry a date: the date belongs to the deed, not its telling. */
export function isSpeech(kind: ActionKind): boolean {
  return FAMILY_OF[kind] === 'speech';
}

export interface ActionMatch {
  readonly kind: ActionKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * All patterns in one expression, one named group per kind in lexicon order: one scan per sentence instead of one per
 * kind. At any position the earlier kind wins, as the lexicon's order intends.
 */
const KINDS: readonly ActionKind[] = ACTION_LEXICON.map(([kind]) => kind);
const COMBINED = new RegExp(String.raw`\b(?:${ACTION_LEXICON.map(([, source]) => `(${source})`).join('|')})\b`, 'gi');

/**
 * Every string a lexicon pattern matches, with `\s+` read as one space. The patterns use only literals, `(?:…)`
 * groups, alternation, `?`, `[…]` classes and `\s+`; anything else throws when the module loads, so a lexicon edit
 * that outgrows this reader cannot silently weaken the pre-filter below.
 */
export function expandPattern(source: string): string[] {
  let at = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[at] !== '|') return out;
      at++;
    }
  };
  const sequence = (): string[] => {
    let strings = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let atom: string[];
      const ch = source[at] ?? '';
      if (source.startsWith('(?:', at)) {
        at += 3;
        atom = alternation();
        if (source[at] !== ')') throw new Error(`unclosed group in ${source}`);
        at++;
      } else if (ch === '[') {
        const close = source.indexOf(']', at);
        atom = [...source.slice(at + 1, close)];
        if (close < 0 || atom.some((c) => c === '\\' || c === '^')) throw new Error(`unsupported class in ${source}`);
        at = close + 1;
      } else if (source.startsWith(String.raw`\s+`, at)) {
        atom = [' '];
        at += 3;
      } else if (/[a-z \-’']/.test(ch)) {
        atom = [ch];
        at++;
      } else {
        throw new Error(`unsupported pattern syntax ${JSON.stringify(ch)} in ${source}`);
      }
      if (source[at] === '?') {
        atom = [...atom, ''];
        at++;
      }
      strings = strings.flatMap((s) => atom.map((a) => s + a));
    }
    return strings;
  };
  const all = alternation();
  if (at !== source.length) throw new Error(`unbalanced pattern ${source}`);
  return all;
}

/**
 * The letters a match can open with, up to the first non-letter: a match starts at a word boundary, so it starts
 * where a run of letters does, and that whole run is one of these. Words outside this set need no regex attempt.
 */
const FIRST_RUNS: ReadonlySet<string> = new Set(
  ACTION_LEXICON.flatMap(([, source]) => expandPattern(source)).map((s) => /^[a-z]*/.exec(s)?.[0] ?? ''),
);
if (FIRST_RUNS.has('')) throw new Error('an action pattern can start without a letter');
const WORD_RUN = /\b[A-Za-z]+/g;
const COMBINED_AT = new RegExp(COMBINED.source, 'iy');

/** The last sentence asked about: scoring asks for one sentence's actions many times in a row. */
let cached: { readonly text: string; readonly actions: readonly ActionMatch[] } | null = null;

/**
 * Same matches as `text.matchAll(COMBINED)`: a case-insensitive match can start only at a letter run whose lower-case
 * form opens some pattern (non-ASCII letters never fold to ASCII without the `u` flag), so only those runs are tried.
 */
export function findActions(text: string): readonly ActionMatch[] {
  if (cached?.text === text) return cached.actions;
  const found: ActionMatch[] = [];
  WORD_RUN.lastIndex = 0;
  for (let w = WORD_RUN.exec(text); w !== null; w = WORD_RUN.exec(text)) {
    if (!FIRST_RUNS.has(w[0].toLowerCase())) continue;
    COMBINED_AT.lastIndex = w.index;
    const m = COMBINED_AT.exec(text);
    if (m === null) continue;
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const kind = KINDS[group - 1];
    if (kind !== undefined) found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
    WORD_RUN.lastIndex = m.index + m[0].length;
  }
  const actions = found;
  cached = { text, actions };
  return actions;
}
