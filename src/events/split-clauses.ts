/** Clause segments of a sentence: which words an action, a date and a subject share. */
import { findActions } from './action-lexicon.js';

export interface Clause {
  readonly start: number;
  readonly end: number;
  /**
   * The word that opened the clause ("when", "after", …), lower-cased, or '' for the main clause and punctuation;
   * 'made' for a reduced relative of making ("the treaty signed in 2001"), which has no opening word.
   */
  readonly opener: string;
  /** Segments of one clause share an id: a main clause resumes after a subordinate one ends at a comma. */
  readonly id: number;
}

/** A tail that picks the latest of a tally's occasions: it belongs to the clause that counts them. */
const MOST_RECENTLY = /^\s*(?:most\s+recently|the\s+(?:most\s+recent|latest|last)\s+(?:one|time|being)|the\s+latest|last\s+time)\b/i;

const CLAUSE_OPENERS = /(?<=\s|^)(before|after|since|until|till|when|while|whereas|although|though|because|which|who|whom|where|following|but|amid|despite|unless|if|during which|in which|ahead of)\b/gi;
const CLAUSE_PUNCT = /[;:"“”]|''|\s[—–-]\s/g;

/**
 * A reduced relative clause of making or founding after a noun: "an escort created by Putin in 2002", "the bank set
 * up in 2015". Its date is the thing's, not the deed of the clause it sits in. Not after an auxiliary or a pronoun
 * ("was founded in 2001", "they signed in May"), and not for gatherings ("the summit held in Kazan"), whose date is
 * the main deed's too. Its doer is only the one named in it ("by Putin"): the people of the clause around it did not
 * make the thing then.
 */
const NOT_A_NOUN = String.raw`(?:was|were|is|are|be|been|being|had|has|have|they|he|she|we|who|which|that|it|and|or|then|also|jointly)`;
const MADE = String.raw`(?:created|founded|established|built|formed|set\s+up|launched|introduced|adopted|erected|drafted|signed|celebrated|marked|observed|commemorated)`;
/** What may follow the participle: its agent or date ("by Putin", "in 2002", "on May 9", "Thursday"). */
const MADE_WHEN = String.raw`(?:(?:by|in|on)\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)`;
const REDUCED_RELATIVE_GATE = new RegExp(MADE, 'i');
const REDUCED_RELATIVE = new RegExp(String.raw`(?<=\b(?!${NOT_A_NOUN}\s)[a-z]{3,}\s)(${MADE})\s+(?=${MADE_WHEN})`, 'g');

/** A short quoted name or scare quote ("the “Belt and Road” forum"): its marks do not open a quotation. */
const INLINE_QUOTE = /[“"]([^“”"]{1,60})[”"]/g;

function inlineQuoteMarks(text: string): Set<number> {
  const marks = new Set<number>();
  if (!text.includes('"') && !text.includes('“')) return marks;
  for (const m of text.matchAll(INLINE_QUOTE)) {
    const inner = m[1] ?? '';
    if (/[,.;:!?]/.test(inner) || inner.trim().split(/\s+/).length > 5) continue;
    marks.add(m.index);
    marks.add(m.index + m[0].length - 1);
  }
  return marks;
}

/** The first comma at or after `from` that is punctuation, not a thousands separator ("4,000 firms"); -1 if none. */
function clauseComma(text: string, from: number): number {
  for (let at = text.indexOf(',', from); at >= 0; at = text.indexOf(',', at + 1)) {
    if (!/\d/.test(text[at - 1] ?? '') || !/\d{3}/.test(text.slice(at + 1, at + 4))) return at;
  }
  return -1;
}

/**
 * Splits a sentence into clause segments. Punctuation (quotes, semicolons, dashes) starts a new clause; a subordinating
 * word starts one that ends at the next comma, after which the clause it interrupted resumes.
 */
export function splitClauses(text: string): Clause[] {
  const cuts: Array<{ at: number; opener: string; punct: boolean }> = [{ at: 0, opener: '', punct: true }];
  for (const m of text.matchAll(CLAUSE_OPENERS)) cuts.push({ at: m.index, opener: (m[1] ?? '').toLowerCase(), punct: false });
  // Only after the sentence's own deed: "The two leaders signed in Moscow …" is the main clause, not a modifier.
  if (REDUCED_RELATIVE_GATE.test(text)) {
    const firstDeed = findActions(text)[0]?.end ?? text.length;
    for (const m of text.matchAll(REDUCED_RELATIVE)) if (m.index >= firstDeed) cuts.push({ at: m.index, opener: 'made', punct: false });
  }
  const inline = inlineQuoteMarks(text);
  // "A; B; and C" is a list, not three clauses.
  const listSemicolons = /;\s*and\b/.test(text);
  for (const m of text.matchAll(CLAUSE_PUNCT)) {
    if (inline.has(m.index) || (listSemicolons && m[0] === ';')) continue;
    cuts.push({ at: m.index + m[0].length, opener: '', punct: true });
  }
  cuts.sort((a, b) => a.at - b.at);
  const clauses: Clause[] = [];
  let nextId = 0;
  let resumeId = 0;
  cuts.forEach((cut, i) => {
    const end = cuts[i + 1]?.at ?? text.length;
    if (end <= cut.at) return;
    if (cut.punct) {
      resumeId = nextId++;
      clauses.push({ start: cut.at, end, opener: '', id: resumeId });
      return;
    }
    const id = nextId++;
    const comma = clauseComma(text, cut.at);
    if (comma > cut.at && comma < end - 1) {
      clauses.push({ start: cut.at, end: comma + 1, opener: cut.opener, id });
      // "…, while Ben has flown to Hanoi five times, most recently in May": the tail dates the tally just before it.
      const tail = MOST_RECENTLY.test(text.slice(comma + 1, end));
      clauses.push({ start: comma + 1, end, opener: tail ? cut.opener : '', id: tail ? id : resumeId });
    } else {
      clauses.push({ start: cut.at, end, opener: cut.opener, id });
    }
  });
  return clauses;
}
