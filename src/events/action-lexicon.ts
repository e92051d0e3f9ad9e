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
  ['call', String.raw`(?:video|phone|telephone)\s+(?:call|conversation|talks?)|video[- ]?link|video[- ]?conference|virtual(?:ly)?\s+(?:meeting|summit|talks)?|phone\s+(?:call|talks)|spoke\s+(?:by|on the)\s+(?:phone|telephone)|(?:held|had)\s+a\s+call|call\s+with`],
  ['sign', String.raw`joint\s+statement|sign(?:s|ed|ing)?|agreements?|treaty|deals?|memorandum|declaration`],
  ['summit', String.raw`summits?`],
  ['talks', String.raw`talks|negotiations?|held\s+discussions|discussed`],
  ['meet', String.raw`met|meets?|meeting|face[- ]to[- ]face|get-together|sat\s+down`],
  ['host', String.raw`host(?:s|ed|ing)?|welcom(?:es|ed|ing)|receiv(?:es|ed)`],
  ['visit', String.raw`(?:state\s+)?visit(?:s|ed|ing)?|trip|travel(?:s|led|ed)?\s+to|arriv(?:es|ed|al)|tour(?:s|ed)?`],
  ['ceremony', String.raw`(?:opening|closing)\s+ceremon(?:y|ies)|ceremon(?:y|ies)|parade|celebrat(?:e|es|ed|ion)`],
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

/** The last sentence asked about: scoring asks for one sentence's actions many times in a row. */
let cached: { readonly text: string; readonly actions: readonly ActionMatch[] } | null = null;

export function findActions(text: string): readonly ActionMatch[] {
  if (cached?.text === text) return cached.actions;
  const found: ActionMatch[] = [];
  for (const m of text.matchAll(COMBINED)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const kind = KINDS[group - 1];
    if (kind !== undefined) found.push({ kind, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const actions = found;
  cached = { text, actions };
  return actions;
}
