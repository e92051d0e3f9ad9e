import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIGIT_KEYWORD, GATE_KEYWORDS, GATES, TIMEX_RULES, type GateName, type TimexRule } from '../../src/time/rules.js';

const GATE_NAMES = Object.keys(GATES) as GateName[];

/** True when `text` meets every keyword group of the gate: what find-timexes checks before running the gate's regex. */
function meetsKeywords(name: GateName, text: string): boolean {
  const lower = text.toLowerCase();
  return (GATE_KEYWORDS[name] as readonly (readonly string[])[]).every((group) =>
    group.some((word) => (word === DIGIT_KEYWORD ? /\d/.test(text) : lower.includes(word))));
}

// Pieces of the gates' own words in several cases, plus glue, so random joins hit most gates (and near misses).
const PIECES = [
  'Jan', 'May', 'Dec', 'mar', 'Monday', 'Sunday', 'day', 'DAYS', 'Week', 'weekend', 'month', 'Year', 'years', 'decade',
  'centur', 'Centuries', 'hour', 'Minutes', 'second', 'fortnight', 'quarter', 'half', 'last', 'Next', 'this', 'coming',
  'past', 'current', 'same', 'previous', 'following', 'that', 'morning', 'afternoon', 'evening', 'night', 'ago',
  'earlier', 'Later', 'from', 'now', 'hence', 'of', 'spring', 'Fall', 'winter', 'nowadays', 'these', 'those',
  'present', 'recently', 'lately', 'future', 'to', 'come', 'currently', 'soon', 'today', 'tonight', 'yesterday',
  'tomorrow', 'the', 'before', 'after', 'New Year', 'Christmas', 'Valentine', 'Halloween', 'Victory', 'noon',
  'midnight', 'midday', 'a.m', 'p.m', 'am', 'PM', ':', '1990', '0s', '7', 'every', 'each', 'annually', 'Daily',
  'weekly', 'hourly', 'per', ' ', '  ', '-', '.', ',', 'x', 'é', '\u00a0',
];

describe('GATE_KEYWORDS', () => {
  it('has keyword groups for every gate, in lower case', () => {
    expect(Object.keys(GATE_KEYWORDS).sort()).toEqual([...GATE_NAMES].sort());
    for (const name of GATE_NAMES) {
      for (const group of GATE_KEYWORDS[name] as readonly (readonly string[])[]) {
        expect(group.length).toBeGreaterThan(0);
        for (const word of group) expect(word === DIGIT_KEYWORD || word === word.toLowerCase()).toBe(true);
      }
    }
  });

  it.each([
    'The talks ended on 4 May 2022.', 'She spoke on Monday morning.', 'Prices rose for three years.', 'Sales fell last quarter.',
    'He left the following day.', 'That was two weeks ago.', 'It took half an hour.', 'In the 1990s, trade grew.',
    'Sometime in the 19th century.', 'The summer of 2018 was hot.', 'Nowadays few remember.', 'Talks resume tomorrow.',
    'They met over the weekend.', 'On Christmas Eve the port closed.', 'The vote opens at 9 a.m. sharp.', 'Flights run daily.',
    'RECENTLY, IN THE PAST FEW YEARS', 'at 14:30 local time', 'at noon', 'every other week',
  ])('is met by every gate that accepts %j', (text) => {
    for (const name of GATE_NAMES) if (GATES[name].test(text)) expect(meetsKeywords(name, text), name).toBe(true);
  });

  // Texts made from each gate's own pattern (without \b, which fast-check cannot generate; the gate then filters),
  // in random case when the gate ignores case.
  it.each(GATE_NAMES)('is met by every text the %s gate accepts, made from its pattern', (name) => {
    const gate: RegExp = GATES[name];
    const matching = fc.stringMatching(new RegExp(gate.source.replaceAll(String.raw`\b`, '')));
    const text = gate.ignoreCase
      ? fc.tuple(matching, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
        .map(([t, upper]) => [...t].map((c, i) => (upper[i % upper.length] === true ? c.toUpperCase() : c.toLowerCase())).join(''))
      : matching;
    fc.assert(fc.property(text, (t) => !gate.test(t) || meetsKeywords(name, t)), { numRuns: 500 });
  });

  it('is met by every gate that accepts a random text', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (t) => GATE_NAMES.every((name) => !GATES[name].test(t) || meetsKeywords(name, t))), { numRuns: 5000 });
  });
});

describe('needsChar', () => {
  const rules = (TIMEX_RULES as readonly TimexRule[]).filter((rule) => rule.needsChar !== undefined);
  // Years, numbers and every separator a date pattern uses, so random joins often match.
  const piece = fc.constantFrom(
    '2021', '1999', '21', '03', '12', '7', '-', '–', '—', '/', '.', ':', 'T', '09:30', 'Q', 'Q3', 'H1', 'H', ' ', 'x', ',',
    'H1 2021', '2021 Q3', '2019–21', '2021-03-12T09:30', '2021/3/12', '12.03.2021',
  );

  it.each(rules.map((rule) => [rule.name, rule] as const))('%s never matches a text without one of its characters', (_name, rule) => {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
    const needs = rule.needsChar ?? [];
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (t) => !pattern.test(t) || needs.some((c) => t.includes(c))), { numRuns: 3000 });
    // The property is not empty: the pieces do make matches.
    expect(['2021-03-12', '2021/03/12', '2019-2021', 'Q3 2021'].some((t) => pattern.test(t))).toBe(true);
  });
});

describe('the ago rule', () => {
  const ago = (TIMEX_RULES as readonly TimexRule[]).find((rule) => rule.name === 'ago');
  const piece = fc.constantFrom('two', 'a', 'few', '3', 'about', ' ', '-', 'days', 'Year', 'centuries', 'week', 'ago', 'earlier', 'later', 'from now', 'hence', 'x', 'Monday', 'raised');

  it('only matches where the unit gate passes, so that gate takes nothing away', () => {
    expect(ago).toBeDefined();
    const pattern = new RegExp(ago?.pattern.source ?? '', 'i');
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (t) => !pattern.test(t) || GATES.unit.test(t)), { numRuns: 3000 });
    expect(pattern.test('two days ago')).toBe(true);
  });
});
