/** Short readable event titles built from the parts of a mention: who, what kind of action, on what, where. */
import type { ActionKind } from './action-lexicon.js';
import { PUTIN, XI } from './people.js';

export interface TitleParts {
  readonly kind: ActionKind;
  readonly participants: readonly string[];
  /** Participants named before the verb (who acts); empty when unknown. Others are who it is done to. */
  readonly subjects?: readonly string[];
  readonly place: string | null;
  /** The action word as written ("attended", "state visit"). */
  readonly actionText: string;
  /** The clause holding the action, for the object of verbs like "attend" or "accept". */
  readonly clauseText: string;
}

/** Verb phrases by kind: [one participant, several participants]; `null` object means the kind takes no object. */
const PHRASES = {
  meet: ['holds a meeting', 'meet', false],
  talks: ['holds talks', 'hold talks', false],
  summit: ['holds a summit', 'hold a summit', false],
  call: ['holds a video call', 'hold a video call', false],
  host: ['hosts talks', 'meet', false],
  visit: ['makes a visit', 'meet during a visit', false],
  attend: ['attends', 'attend', true],
  ceremony: ['attends', 'attend', true],
  sign: ['signs', 'sign', true],
  pledge: ['pledges', 'pledge', true],
  accept: ['accepts', 'accept', true],
  invite: ['extends an invitation', 'exchange invitations', false],
  announce: ['announces', 'announce', true],
  statement: ['says', 'say', true],
  publish: ['publishes', 'publish', true],
  warrant: ['is the subject of an arrest warrant', 'are named in an arrest warrant', false],
  elect: ['takes office', 'take office', false],
  incident: ['', '', true],
} as const satisfies Record<ActionKind, readonly [string, string, boolean]>;

/** Where an object noun phrase ends: a preposition of time or manner, a new clause, a purpose "to", punctuation. */
const STOP_OBJECT = /\s(?:on|at|during|before|after|since|when|while|as|amid|last|next|this|earlier|later|which|who|whose|where|and\s+(?:then|said|added|also)|but|to\s+(?:the\s+)?(?:media|reporters|journalists)|to\s+[a-z]+(?:e|ate|en|ify|ise|ize)\b)\b|[,.;:"“”()?!]|\s[—–-]\s/;
/** A date phrase ends the object ("in February next year"); a year inside a name ("the 2022 Winter Olympics") does not. */
const DATE_PHRASE = /\s(?:in|on|by|from|since|until|through|during|early|late)\s+(?:the\s+)?(?:(?:early|late|mid)[- ])?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|(?:first|second|third|fourth|last)\s+(?:week|quarter|half))\b|\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow)\b/;
/** Words a title must not end on: a dangling preposition, conjunction, article or possessive. */
const DANGLING = /\s+(?:and|or|but|nor|of|in|on|at|to|for|with|from|by|into|about|over|as|the|a|an|his|her|their|its|our|that|which|who|this|these|those|is|was|were|are|be|been|will|would|has|have|had|than|very|more|most)$/i;
/** Prepositions that cannot open the object of a transitive headline verb. */
const BAD_OPENING = /^(?:of|on|at|for|by|with|from|about|over|into|as|than|and|or|but)\b/i;

const ROLE_OF = [
  [/\b(?:his|her|their|the)\s+(?:Chinese|China[’']s)\s+(?:counterpart|president|leader|host)\b(?:\s+and\s+"?good friend"?)?/gi, XI],
  [/\b(?:his|her|their|the)\s+(?:Russian|Russia[’']s)\s+(?:counterpart|president|leader|guest)\b(?:\s+and\s+"?good friend"?)?/gi, PUTIN],
] as const satisfies readonly (readonly [RegExp, string])[];

/** Reporting verbs as a headline says them: [one speaker, several]. Unlisted ones read as "says". */
const SAID: Readonly<Record<string, readonly [string, string]>> = {
  criticised: ['criticises', 'criticise'], criticized: ['criticizes', 'criticize'], praised: ['praises', 'praise'],
  warned: ['warns', 'warn'], urged: ['urges', 'urge'], stressed: ['stresses', 'stress'], predicted: ['predicts', 'predict'],
  accused: ['accuses', 'accuse'], denied: ['denies', 'deny'], expressed: ['expresses', 'express'], alleged: ['alleges', 'allege'],
  insisted: ['insists', 'insist'], reiterated: ['reiterates', 'reiterate'], called: ['calls', 'call'],
};

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  const head = shown.slice(0, -1).join(', ');
  const last = shown[shown.length - 1] ?? '';
  return rest > 0 ? `${shown.join(', ')} and ${rest} other${rest > 1 ? 's' : ''}` : `${head} and ${last}`;
}

/** Drops dangling words at either end until the phrase is a whole noun phrase (or nothing). */
function tidyObject(phrase: string): string {
  let out = phrase.trim();
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(DANGLING, '').trim();
    if (/^(?:and|or|but|of|to|the|a|an)$/i.test(out)) out = '';
  }
  return out;
}

/** The few words after the action that say what it was about: "the opening ceremony of the Olympics". */
function objectAfter(clauseText: string, actionText: string, kind: ActionKind): string {
  const at = clauseText.indexOf(actionText);
  if (at < 0) return '';
  let rest = clauseText.slice(at + actionText.length);
  // "told reporters on Tuesday that …": what was said follows "that", past the listener and the date.
  if (/^(?:told|tells)$/i.test(actionText)) {
    const that = /\bthat\s+/.exec(rest);
    rest = that ? rest.slice(that.index + that[0].length) : '';
  }
  rest = rest.replace(/^\s*(?:that|to)\s+/, ' ');
  // A short scare-quoted name ("a “no limits” partnership") is part of the object, not the start of a quotation.
  if (/["“]/.test(rest)) rest = rest.replace(/["“]([^"“”,.;:]{1,30})["”]/g, '‘$1’');
  // "take part in the Games", "participate in the forum": the preposition belongs to the verb.
  if (kind === 'attend') rest = rest.replace(/^\s*in\s+/, ' ');
  // "the parade in Russian history", "the ceremony in the capital": after a ceremony "in" opens a scope or a place, not its name.
  if (kind === 'ceremony' && /^\s*in\b/.test(rest)) rest = '';
  const date = DATE_PHRASE.exec(rest);
  if (date) rest = rest.slice(0, date.index);
  const stop = STOP_OBJECT.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  rest = rest.trim();
  if (BAD_OPENING.test(rest)) return '';
  return tidyObject(rest.split(/\s+/).filter(Boolean).slice(0, 8).join(' '));
}

/** Names for role phrases and pronouns the object borrows from its sentence ("his Chinese counterpart" → Xi Jinping). */
function nameObject(object: string, participants: readonly string[], subjects: readonly string[]): string {
  let out = object;
  for (const [re, name] of ROLE_OF) if (participants.includes(name) && !subjects.includes(name)) out = out.replace(re, name);
  const others = participants.filter((p) => !subjects.includes(p));
  const other = others[0];
  if (subjects.length > 0 && others.length === 1 && other !== undefined) out = out.replace(/\b(?:him|her)\b/, other);
  return out;
}

/** Kinds whose grammatical subject alone performs the action: the others are its object ("Xi hosts Putin"). */
const ONE_SIDED: ReadonlySet<ActionKind> = new Set(['host', 'accept', 'invite', 'statement', 'announce', 'publish', 'elect']);

/** Nouns that name what is signed: "signed a joint statement" may be found by the noun alone. */
const SIGNED_NOUN = /^(?:joint\s+statement|agreements?|treaty|deals?|memorandum|declaration)$/i;

/** Verb phrases for transitive kinds whose object the clause does not give: [one subject, several]. */
const WITHOUT_OBJECT: Partial<Record<ActionKind, readonly [string, string]>> = {
  sign: ['signs an agreement', 'sign an agreement'], pledge: ['makes a pledge', 'make a pledge'],
  accept: ['accepts an invitation', 'accept an invitation'], attend: ['attends an event', 'attend an event'],
  announce: ['makes an announcement', 'make an announcement'], publish: ['publishes an article', 'publish an article'],
};

function capitalise(s: string): string {
  return s.length > 0 ? s[0]?.toUpperCase() + s.slice(1) : s;
}

export function makeTitle(parts: TitleParts): string {
  const [one, many, takesObject] = PHRASES[parts.kind];
  const subjects = (parts.subjects ?? []).filter((n) => parts.participants.includes(n));
  const oneSided = ONE_SIDED.has(parts.kind) && subjects.length > 0;
  const subjectNames = oneSided ? subjects : parts.participants;
  const plural = subjectNames.length > 1;
  let object = '';
  if (parts.kind === 'sign' && SIGNED_NOUN.test(parts.actionText)) {
    object = `${/^agreements|deals$/i.test(parts.actionText) ? '' : 'a '}${parts.actionText.toLowerCase().replace(/\s+/g, ' ')}`.trim();
  } else if (parts.kind === 'ceremony' && /ceremon|parade/i.test(parts.actionText)) {
    object = tidyObject(`the ${parts.actionText.toLowerCase()} ${objectAfter(parts.clauseText, parts.actionText, parts.kind)}`);
  } else if (takesObject && !/briefing|conference/i.test(parts.actionText)) {
    object = objectAfter(parts.clauseText, parts.actionText, parts.kind);
  }
  object = nameObject(object, parts.participants, subjects);
  let verb: string = plural ? many : one;
  const guests = parts.participants.filter((p) => !subjectNames.includes(p));
  if (parts.kind === 'host' && guests.length > 0) verb = `${plural ? 'host' : 'hosts'} ${listNames(guests)}`;
  if (parts.kind === 'announce' && /briefing|conference/i.test(parts.actionText)) verb = plural ? 'brief the press' : 'briefs the press';
  if (parts.kind === 'visit' && parts.place !== null) verb = parts.participants.length > 1 ? 'meet during a visit' : 'visits';
  if (parts.kind === 'call' && !/video|virtual/i.test(parts.clauseText)) verb = plural ? 'hold a phone call' : 'holds a phone call';
  if (parts.kind === 'ceremony' && /^celebrat/i.test(parts.actionText)) verb = plural ? 'celebrate' : 'celebrates';
  // "Putin presented Xi with an award": the giver presents; the title names the giver alone.
  const presenting = parts.kind === 'ceremony' && /^(?:present|award)/i.test(parts.actionText);
  if (presenting) verb = 'presents';
  if (parts.kind === 'statement') {
    const said = SAID[parts.actionText.toLowerCase()];
    if (said !== undefined) verb = plural ? said[1] : said[0];
    // A statement with nothing quotable after it says nothing a title can show: name it as a statement.
    if (object === '') verb = plural ? 'make a statement' : 'makes a statement';
  }
  // A transitive verb left without its object reads as a broken headline: fall back to the noun of the action.
  if (takesObject && object === '' && parts.kind !== 'statement' && parts.kind !== 'incident' && parts.kind !== 'ceremony') {
    const bare = WITHOUT_OBJECT[parts.kind];
    if (bare !== undefined) verb = plural ? bare[1] : bare[0];
  }
  if (parts.kind === 'incident') verb = incidentHead(parts.clauseText, parts.actionText);
  const who = listNames(presenting && subjects.length > 0 ? subjects.slice(0, 1) : subjectNames);
  const head = parts.kind === 'incident' ? [verb, object].filter(Boolean).join(' ')
    : who === '' ? capitalise(nounOf(parts.kind)) : [who, verb, object].filter(Boolean).join(' ');
  const placed = parts.place !== null && !head.includes(parts.place)
    ? `${head} ${parts.kind === 'visit' && verb === 'visits' ? '' : parts.kind === 'visit' ? 'to ' : 'in '}${parts.place}`.replace(/\s+/g, ' ')
    : head;
  const title = capitalise(placed.trim());
  return title.length > 100 ? `${tidyObject(title.slice(0, 97))}…` : title;
}

/** A name of one to three capitalised words right before a verb: the doer of an incident ("Russia invaded"). */
const DOER_BEFORE = /(?:^|[\s,(])((?:\p{Lu}[\p{L}’'.-]*\s+){1,3})$/u;

/** "Russia invaded Ukraine" keeps its doer; a noun ("the outbreak") stands alone. */
function incidentHead(clauseText: string, actionText: string): string {
  const at = clauseText.indexOf(actionText);
  const doer = at > 0 && /ed$|\s/.test(actionText) ? DOER_BEFORE.exec(clauseText.slice(0, at))?.[1] : undefined;
  return doer === undefined || /^(?:The|A|An|In|On|Since|After|Before|When)\s/.test(doer) ? capitalise(actionText.toLowerCase()) : `${doer}${actionText}`;
}

function nounOf(kind: ActionKind): string {
  const nouns: Record<ActionKind, string> = {
    meet: 'meeting', talks: 'talks', summit: 'summit', call: 'call', host: 'meeting', visit: 'visit', attend: 'attendance',
    ceremony: 'ceremony', sign: 'signing', pledge: 'pledge', accept: 'acceptance', invite: 'invitation', announce: 'announcement',
    statement: 'statement', publish: 'publication', warrant: 'arrest warrant', elect: 'election', incident: 'incident',
  };
  return nouns[kind];
}
