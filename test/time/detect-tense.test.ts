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
  ])('%s → %s', (marked, tense) => {
    expect(tenseOf(marked)).toBe(tense);
  });
});
