/**
 * "China and Russia declared a partnership", "Moscow and Beijing signed a treaty": the two principals' countries (or
 * capitals) as one subject of a declaration or an accord stand for the leaders who make it. Only for those kinds: "China
 * and Russia held drills" is done by armies, and "the two countries traded more" by no one.
 */
import type { ActionKind } from './action-lexicon.js';
import { PUTIN, XI } from './people.js';

const JOINT_SUBJECT = /\b(?:(?:China|Beijing)\s+and\s+(?:Russia|Moscow)|(?:Russia|Moscow)\s+and\s+(?:China|Beijing))\s+(?:(?:have|had|has|also|jointly|formally|then)\s+){0,2}$/;
const STATE_ACTS: ReadonlySet<ActionKind> = new Set(['sign', 'pledge', 'announce']);

/** The leaders a joint country subject right before the verb stands for, else none. */
export function jointCountrySubject(kind: ActionKind, lead: string): string[] {
  return STATE_ACTS.has(kind) && JOINT_SUBJECT.test(lead) ? [XI, PUTIN] : [];
}
