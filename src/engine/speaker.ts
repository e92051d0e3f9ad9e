/**
 * Who speaks in a sentence of reported speech: the person named as the subject of its speech verb ("Putin said",
 * "Kremlin spokesman Dmitry Peskov told reporters"), named just after it ("…, said Wang Yi"), or before a colon that
 * opens a quote ("Ushakov: …"). "He said" is the speaker of one of the sentences just before.
 */
import { createPeopleContext, findPeople, type PeopleContext, type PersonMention } from '../events/people.js';

/** Verbs that report what someone said, wrote or stood for; "issued a call for" and its kin say it with a noun. */
const SPEECH = /\b(?:issued\s+(?:a|an|the)\s+(?:joint\s+)?(?:call|statement|appeal|warning|declaration|plea)|said|says|say|told|tells|stressed|noted|added|warned|urged|remarked|declared|stated|wrote|writes|announced|explained|emphasi[sz]ed|underlined|confirmed|insisted|argued|replied|asked|hailed|praised|called|described|expressed|vowed|pledged|condemned|agreed|welcomed|proposed|reaffirmed|highlighted|voiced|saying|pointed out|according to)\b/g;
/** Between a speaker's name and the verb: an adverb or an auxiliary ("Putin also said", "Xi has repeatedly called"). */
const BEFORE_GAP = /^[\s,]*(?:(?:also|has|have|had|then|later|again|repeatedly|once|earlier|previously|further|on\s+\p{Lu}\p{Ll}+day)\s+){0,2}$/u;
/**
 * Between the verb and a name after it: a title ("said Kremlin spokesman Dmitry Peskov", "according to the Chinese
 * leader"), never a clause ("saying that President Putin …" names what was said, not who said it).
 */
const AFTER_GAP = /^\s*(?:the\s+)?(?:(?!(?:that|to|he|she|they|it|we|i|you|with|by|of)\s)[\p{L}-]+\s+){0,3}$/iu;
/** After that name, the sentence ends or goes on to another clause: "…, said Wang Yi." / "…, said Wang Yi, adding …". */
const AFTER_NAME = /^(?:\s*(?:[,.;:!?)"”]|$)|\s+(?:on|in|at|during|after|while|adding|who)\b)/;
const PRONOUN_SUBJECT = /\b(?:he|she)\s+(?:also\s+)?$/i;
const COLON_QUOTE = /^\s*:\s*["“«]/;
/** "The two leaders agreed", "both sides condemn": the people of the talks, together. */
const GROUP_SUBJECT = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state|sides)\b/i;

export type Speaker =
  | { readonly kind: 'person'; readonly name: string }
  | { readonly kind: 'pronoun' }
  | { readonly kind: 'group' };

/** The speaker of one sentence, read alone. */
export function speakerOf(text: string, context: PeopleContext = createPeopleContext()): Speaker | null {
  const people = findPeople(text, context);
  for (const person of people) {
    if (COLON_QUOTE.test(text.slice(person.end)) && person.start <= 2) return { kind: 'person', name: person.name };
  }
  for (const verb of text.matchAll(SPEECH)) {
    const at = verb.index;
    const before = nearestBefore(people, at);
    if (before && BEFORE_GAP.test(text.slice(before.end, at))) return { kind: 'person', name: before.name };
    const ahead = text.slice(Math.max(0, at - 40), at);
    if (PRONOUN_SUBJECT.test(ahead)) return { kind: 'pronoun' };
    const group = GROUP_SUBJECT.exec(ahead);
    if (group && BEFORE_GAP.test(ahead.slice(group.index + group[0].length))) return { kind: 'group' };
    const after = people.find((p) => p.start >= at + verb[0].length);
    if (after && AFTER_GAP.test(text.slice(at + verb[0].length, after.start)) && AFTER_NAME.test(text.slice(after.end))) return { kind: 'person', name: after.name };
  }
  return null;
}

function nearestBefore(people: readonly PersonMention[], at: number): PersonMention | undefined {
  let best: PersonMention | undefined;
  for (const p of people) if (p.end <= at && (!best || p.end > best.end)) best = p;
  return best;
}

/** How many sentences back "he said" may look for the person it refers to. */
const PRONOUN_REACH = 4;

/**
 * The speaker of `sentences[index]`, with "he said" resolved to the last person named as a speaker in the few
 * sentences before it; null when no one, or no one known, speaks.
 */
export function speakerAt(sentences: readonly string[], index: number): Speaker | null {
  // The article's full names, so a surname alone ("Peskov told reporters") is the person named in full elsewhere.
  const context = createPeopleContext(sentences);
  const own = speakerOf(sentences[index] ?? '', context);
  if (own?.kind !== 'pronoun') return own;
  for (let back = index - 1; back >= Math.max(0, index - PRONOUN_REACH); back--) {
    const earlier = speakerOf(sentences[back] ?? '', context);
    if (earlier?.kind === 'person') return earlier;
  }
  return null;
}

/** "What did Putin write to Xi": the people named before the question's speech verb are the ones asked to have spoken. */
const ASKED_SUBJECT = /^\s*(?:what|how|did|has|have|had|when|where)\b(.*?)\b(?:say|said|says|tell|told|write|wrote|think|thought|declare|announce|mention|stress|call|describe|express|speak|talk)\b/i;

export function askedSpeakers(question: string, people: readonly string[]): readonly string[] {
  const subject = ASKED_SUBJECT.exec(question)?.[1] ?? '';
  const named = people.filter((person) => person.split(' ').some((part) => part.length >= 2 && new RegExp(`\\b${part}\\b`, 'i').test(subject)));
  return named.length > 0 ? named : people;
}

/** "Both sides … strongly condemn", "the two leaders agreed": a stance taken together, whoever reports it. */
const GROUP_STANCE = /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|heads of state|sides)\b[^.;]{0,60}?\b(?:condemn|reject|agree|stress|call|express|oppose|support|back|share|welcome|urge|reaffirm|pledge|vow|emphasi[sz]e|note|underline|say|said|told|hail|praise)(?:s|d|ed)?\b/i;

/** Whether the sentence gives the words or stance of one of `speakers` (or of both sides, when two are asked about). */
export function voicedBy(sentences: readonly string[], index: number, speakers: readonly string[]): boolean {
  if (speakers.length >= 2 && GROUP_STANCE.test(sentences[index] ?? '')) return true;
  const speaker = speakerAt(sentences, index);
  if (speaker?.kind === 'group') return speakers.length >= 2;
  return speaker?.kind === 'person' && speakers.includes(speaker.name);
}
