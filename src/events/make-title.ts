/** Short readable event titles built from the parts of a mention: who, what kind of action, on what, where. */
import type { ActionKind } from './action-lexicon.js';

export interface TitleParts {
  readonly kind: ActionKind;
  readonly participants: readonly string[];
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

const STOP_OBJECT = /\s(?:on|at|during|before|after|since|when|while|as|amid|last|next|this|earlier|later|which|who|to\s+(?:the\s+)?(?:media|reporters|journalists))\b|[,.;:"“”()]/;
const DATE_WORD = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{4})\b/;

/** Reporting verbs as a headline says them: [one speaker, several]. Unlisted ones read as "says". */
const SAID: Readonly<Record<string, readonly [string, string]>> = {
  criticised: ['criticises', 'criticise'], criticized: ['criticizes', 'criticize'], praised: ['praises', 'praise'],
  warned: ['warns', 'warn'], urged: ['urges', 'urge'], stressed: ['stresses', 'stress'], predicted: ['predicts', 'predict'],
  accused: ['accuses', 'accuse'], denied: ['denies', 'deny'], expressed: ['expresses', 'express'], alleged: ['alleges', 'allege'],
  insisted: ['insists', 'insist'], reiterated: ['reiterates', 'reiterate'],
};

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.slice(0, 3);
  const rest = names.length - shown.length;
  const head = shown.slice(0, -1).join(', ');
  const last = shown[shown.length - 1] ?? '';
  return rest > 0 ? `${shown.join(', ')} and ${rest} other${rest > 1 ? 's' : ''}` : `${head} and ${last}`;
}

/** The few words after the action that say what it was about: "the opening ceremony of the Olympics". */
function objectAfter(clauseText: string, actionText: string): string {
  const at = clauseText.indexOf(actionText);
  if (at < 0) return '';
  let rest = clauseText.slice(at + actionText.length);
  // "told reporters on Tuesday that …": what was said follows "that", past the listener and the date.
  if (/^(?:told|tells)$/i.test(actionText)) {
    const that = /\bthat\s+/.exec(rest);
    rest = that ? rest.slice(that.index + that[0].length) : '';
  }
  rest = rest.replace(/^\s*(?:that|to)\s+/, ' ');
  const stop = STOP_OBJECT.exec(rest);
  if (stop) rest = rest.slice(0, stop.index);
  const date = DATE_WORD.exec(rest);
  if (date) rest = rest.slice(0, date.index);
  const words = rest.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  return words.join(' ');
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0]?.toUpperCase() + s.slice(1) : s;
}

export function makeTitle(parts: TitleParts): string {
  const [one, many, takesObject] = PHRASES[parts.kind];
  const object = !takesObject || /briefing|conference/i.test(parts.actionText) ? ''
    : parts.kind === 'ceremony' && /ceremon|parade/i.test(parts.actionText) ? `the ${parts.actionText.toLowerCase()} ${objectAfter(parts.clauseText, parts.actionText)}`.trim()
      : objectAfter(parts.clauseText, parts.actionText);
  let verb: string = parts.participants.length > 1 ? many : one;
  let subjectNames = parts.participants;
  if (parts.kind === 'host' && parts.participants.length === 2) {
    verb = `hosts ${parts.participants[1] ?? ''}`;
    subjectNames = parts.participants.slice(0, 1);
  }
  if (parts.kind === 'announce' && /briefing|conference/i.test(parts.actionText)) verb = parts.participants.length > 1 ? 'brief the press' : 'briefs the press';
  if (parts.kind === 'visit' && parts.place !== null) verb = `${parts.participants.length > 1 ? 'meet during a visit' : 'visits'}`;
  if (parts.kind === 'call' && !/video|virtual/i.test(parts.clauseText)) verb = parts.participants.length > 1 ? 'hold a phone call' : 'holds a phone call';
  if (parts.kind === 'ceremony' && /^celebrat/i.test(parts.actionText)) verb = parts.participants.length > 1 ? 'celebrate' : 'celebrates';
  if (parts.kind === 'statement') {
    const said = SAID[parts.actionText.toLowerCase()];
    if (said !== undefined) verb = parts.participants.length > 1 ? said[1] : said[0];
  }
  if (parts.kind === 'incident') verb = capitalise(parts.actionText.toLowerCase());
  const who = listNames(subjectNames);
  const subject = who === '' && parts.kind !== 'incident' ? capitalise(nounOf(parts.kind)) : who;
  const head = parts.kind === 'incident' ? [verb, object].filter(Boolean).join(' ') : who === '' ? subject : [subject, verb, object].filter(Boolean).join(' ');
  const placed = parts.place !== null && !head.includes(parts.place)
    ? `${head} ${parts.kind === 'visit' && verb === 'visits' ? '' : parts.kind === 'visit' ? 'to ' : 'in '}${parts.place}`.replace(/\s+/g, ' ')
    : head;
  const title = capitalise(placed.trim());
  return title.length > 100 ? `${title.slice(0, 97).trimEnd()}…` : title;
}

function nounOf(kind: ActionKind): string {
  const nouns: Record<ActionKind, string> = {
    meet: 'meeting', talks: 'talks', summit: 'summit', call: 'call', host: 'meeting', visit: 'visit', attend: 'attendance',
    ceremony: 'ceremony', sign: 'signing', pledge: 'pledge', accept: 'acceptance', invite: 'invitation', announce: 'announcement',
    statement: 'statement', publish: 'publication', warrant: 'arrest warrant', elect: 'election', incident: 'incident',
  };
  return nouns[kind];
}
