/** Finds and normalises the temporal expressions of one sentence (or short passage), TIMEX3 style, against the article date. */
import type { IsoDate, Timex } from '../domain.js';
import { detectTense, type Tense } from './detect-tense.js';
import { shiftAnchorValue } from './resolve-timex.js';
import { DIGIT_KEYWORD, GATE_KEYWORDS, GATES, TIMEX_RULES, type Candidate, type GateName, type RuleContext, type TimexRule } from './rules.js';

const RULES: readonly TimexRule[] = TIMEX_RULES;

/**
 * The gates by number, and each rule's gates as numbers: the per-text gate results then live in a small typed array
 * instead of an object keyed by gate name (whose shape differed from text to text, which made every lookup slow).
 */
const GATE_LIST: readonly RegExp[] = Object.values(GATES);
const GATE_NUMBER = new Map<GateName, number>((Object.keys(GATES) as GateName[]).map((name, i) => [name, i]));
const RULE_GATES: readonly (readonly number[])[] = RULES.map((rule) => rule.gates.map((gate) => GATE_NUMBER.get(gate) ?? -1));

/**
 * The gates' keyword groups (GATE_KEYWORDS) as bits: each group of each gate gets one bit, a keyword carries the bits of
 * every group it meets, and a gate's regex is worth running only when the text has met all of its groups' bits.
 * Gating was the larger half of tagging: one keyword scan per text replaces a full scan per gate that fails.
 */
const GATE_NEEDS = new Int32Array(GATE_LIST.length);
const KEYWORD_BITS = new Map<string, number>();
let digitBits = 0;
{
  let bit = 0;
  for (const [g, name] of (Object.keys(GATES) as GateName[]).entries()) {
    for (const group of GATE_KEYWORDS[name] as readonly (readonly string[])[]) {
      const b = 1 << bit++;
      GATE_NEEDS[g] = (GATE_NEEDS[g] ?? 0) | b;
      for (const word of group) {
        if (word === DIGIT_KEYWORD) digitBits |= b;
        else KEYWORD_BITS.set(word, (KEYWORD_BITS.get(word) ?? 0) | b);
      }
    }
  }
  if (bit > 31 || GATE_LIST.length > 31) throw new Error('GATE_KEYWORDS: more gates or keyword groups than bits in an int');
}
/** All of a rule's gates' needs at once: a rule whose text lacks them is passed over without a look at its gates. */
const RULE_NEEDS = Int32Array.from(RULE_GATES, (gates) => gates.reduce((bits, g) => bits | (GATE_NEEDS[g] ?? 0), 0));
const ALL_BITS = ~0;
/** A found keyword also contains every shorter keyword inside it ("weekend" has "week"): the scan reports only the longest at a position. */
const FOUND_BITS = new Map<string, number>([...KEYWORD_BITS.keys()].map((word) => [
  word, [...KEYWORD_BITS].reduce((bits, [other, b]) => (word.includes(other) ? bits | b : bits), 0),
]));
/** Longest first, so that at each position the alternation reports the longest keyword starting there. */
const KEYWORD_SCAN = new RegExp([...FOUND_BITS.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

/** Bits of every keyword group `text` meets (case-insensitively, as the /i gates read it). */
function keywordBits(text: string, hasDigit: boolean): number {
  let bits = hasDigit ? digitBits : 0;
  const scan = KEYWORD_SCAN;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m !== null; m = scan.exec(text)) {
    // A match that case folding alone made (not an ASCII spelling of a keyword) meets every group: the gates decide.
    bits |= FOUND_BITS.get(m[0].toLowerCase()) ?? ALL_BITS;
    // Overlapping keywords count too ("nowadays" holds "now" and "day"): go on from the next character.
    scan.lastIndex = m.index + 1;
  }
  return bits;
}

/** Most dated sentences have a digit. */
const DIGIT = /\d/;

/**
 * Every temporal expression in `text`, sorted by offset and never overlapping. Offsets are indices into `text`.
 * With `dct === null`, DCT-relative expressions get underspecified values (`XXXX-XX-XX`, `XXXX-WXX-3`). Never throws.
 */
export function findTimexes(text: string, dct: IsoDate | null): Timex[] {
  try {
    return findTimexesUnsafe(text, dct);
  } catch {
    // A rule bug must not take ingest down; an untagged sentence is the graceful outcome.
    return [];
  }
}

function findTimexesUnsafe(text: string, dct: IsoDate | null): Timex[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const bits = keywordBits(text, DIGIT.test(text));
  // No keyword and no digit: every gate fails, and most news sentences leave here without any rule running.
  if (bits === 0) return [];
  let tenses: Map<number, Tense> | null = null;
  const ctx: RuleContext = {
    text,
    dct,
    tenseAt(start, end) {
      tenses ??= new Map<number, Tense>();
      const cached = tenses.get(start);
      if (cached !== undefined) return cached;
      const tense = detectTense(text, start, end);
      tenses.set(start, tense);
      return tense;
    },
  };
  // Each gate runs at most once per text: bit g of `tried` says gate g ran, the same bit of `passed` how it went.
  let tried = 0;
  let passed = 0;
  const found: Candidate[] = [];
  rules: for (let r = 0; r < RULES.length; r++) {
    const ruleNeeds = RULE_NEEDS[r] ?? 0;
    if ((bits & ruleNeeds) !== ruleNeeds) continue;
    const rule = RULES[r] as TimexRule;
    for (const gate of RULE_GATES[r] as readonly number[]) {
      const flag = 1 << gate;
      if ((tried & flag) === 0) {
        tried |= flag;
        if ((GATE_LIST[gate] as RegExp).test(text)) passed |= flag;
      }
      if ((passed & flag) === 0) continue rules;
    }
    if (rule.needsChar !== undefined && !hasAnyChar(text, rule.needsChar)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
      if (m[0].length === 0) { rule.pattern.lastIndex++; continue; }
      const out = rule.normalize(m, ctx);
      if (out === null) continue;
      if (Array.isArray(out)) found.push(...(out as readonly Candidate[]));
      else found.push(out as Candidate);
    }
  }
  return resolveAnchors(selectNonOverlapping(found), text);
}

function hasAnyChar(text: string, chars: readonly string[]): boolean {
  for (const c of chars) if (text.includes(c)) return true;
  return false;
}

/** Longest candidates first (ties: higher priority, then earlier); a candidate overlapping a kept one is dropped. */
function selectNonOverlapping(found: readonly Candidate[]): Candidate[] {
  const ordered = [...found].sort((a, b) => (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (c.end <= c.start) continue;
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  // Blockers (an impossible "February 29, 2023") only keep their pieces from being read separately.
  return kept.filter((c) => c.suppress !== true).sort((a, b) => a.start - b.start);
}

const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_VALUE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Fills anaphoric values ("the same day") from the nearest earlier date and clock times from the sentence's day. */
function resolveAnchors(kept: readonly Candidate[], text: string): Timex[] {
  const out: Timex[] = [];
  let lastDate: string | null = null;
  for (const c of kept) {
    let value = c.value;
    if (c.anchor?.kind === 'same') {
      const shifted = lastDate === null ? null : shiftAnchorValue(lastDate, c.anchor.unit, c.anchor.offset);
      if (shifted !== null) value = c.type === 'TIME' ? `${shifted}${c.value.slice(c.value.indexOf('T'))}` : shifted;
      else if (c.anchor.orDuration !== undefined) {
        // Nothing to count from: "a year later" is then just the stretch of time, without the adverb.
        out.push({ text: text.slice(c.start, c.anchor.orDuration.end).trimEnd(), offset: c.start, type: 'DURATION', value: c.anchor.orDuration.value });
        continue;
      }
    } else if (c.anchor?.kind === 'time') {
      const day = kept.filter((k) => k.type === 'DATE' && DAY_VALUE.test(k.value))
        .sort((a, b) => Math.abs(a.start - c.start) - Math.abs(b.start - c.start))[0];
      if (day !== undefined) value = `${day.value}${c.anchor.suffix}`;
    }
    if (c.type === 'DATE' && DATE_VALUE.test(value)) lastDate = value;
    const span = text.slice(c.start, c.end);
    out.push(c.mod === undefined ? { text: span, offset: c.start, type: c.type, value } : { text: span, offset: c.start, type: c.type, value, mod: c.mod });
  }
  return out;
}
