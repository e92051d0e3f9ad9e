import { describe, expect, it } from 'vitest';
import { detectTense, type Tense } from '../../src/time/detect-tense.js';

/** `[[…]]` marks the expression whose tense is asked. */
function tenseOf(marked: string): Tense {
  const start = marked.indexOf('[[');
  const end = marked.indexOf(']]') - 2;
  return detectTense(marked.replace('[[', '').replace(']]', ''), start, end);
}

describe('detectTense', () => {
  it.each<[string, Tense]>([
    ['The ministers met on [[Monday]].', 'past'],
    ['The talks were held in [[June]].', 'past'],
    ['The envoy will travel to the capital on [[Friday]].', 'future'],
    ['The summit is set to open on [[Friday]].', 'future'],
    ['They pledged to meet again in [[February]].', 'future'],
    ['The games are to be held in [[February]].', 'future'],
    ['The forum would be hosted in [[May]].', 'future'],
    ['On [[Thursday]], the minister signed the accord.', 'past'],
    ['The spokesman said on [[Tuesday]] that the envoy would return.', 'past'],
    // The complementiser starts a new clause: the earlier "said" does not govern the month.
    ['She said that a boycott of the games in [[February]] is possible.', 'present'],
    ['A festival in [[August]].', 'unknown'],
    ["The leaders haven't met since [[April]].", 'past'],
    ['The United States in [[March]] is hosting.', 'present'],
    ['Protesters planned a march in the capital on [[Saturday]].', 'future'],
    // A verb right after the expression beats a cue far back in another clause.
    ['Aid would flow to the region, where the [[May 7]] floods killed dozens.', 'past'],
    ['The two sides, after a long dispute over the terms of the contract, in [[April]] signed.', 'past'],
    // No cue in the clause: the sentence's next verb decides.
    ['In [[January]], a week after the anniversary of the founding of the party, the leaders gathered.', 'past'],
  ])('%s → %s', (marked, tense) => {
    expect(tenseOf(marked)).toBe(tense);
  });
});
