/**
 * Temporal-tagger evaluation: our tagger and a chrono-node baseline scored against the seeds' gold timexes with the
 * TempEval-3 definitions (strict/relaxed extraction, value accuracy on relaxed matches, value F1, type accuracy).
 * Gold rows marked `dct` or `optional` are neutral: a system mention overlapping only such rows is ignored.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import type { Article, IsoDate, TimexMod, TimexType } from '../../src/domain.js';
import { parseArticle } from '../../src/ingest/parse-article.js';
import { parseIsoDate } from '../../src/time/calendar.js';
import { findTimexes } from '../../src/time/find-timexes.js';
import { tagArticle } from '../../src/time/tag-article.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const evalDir = path.resolve(repoRoot, '..', 'shared', 'eval');
const articlesDir = path.join(repoRoot, 'data', 'articles');

interface GoldTimex {
  readonly doc: string;
  readonly text: string;
  readonly offset: number;
  readonly type: TimexType;
  readonly value: string;
  readonly mod?: TimexMod;
  readonly dct?: boolean;
  readonly optional?: boolean;
}

/** A system mention in file offsets, with a value judge (chrono's values need its certainty flags to be judged). */
interface SystemMention {
  readonly doc: string;
  readonly text: string;
  readonly offset: number;
  readonly type: TimexType | null;
  readonly value: string;
  readonly isCorrect: (gold: GoldTimex) => boolean;
}

export interface SystemScores {
  readonly system: string;
  readonly goldCount: number;
  readonly systemCount: number;
  readonly strict: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly relaxed: { readonly precision: number; readonly recall: number; readonly f1: number };
  readonly valueAccuracy: number;
  readonly valueF1: number;
  /** Null for a system that assigns no TIMEX3 types (chrono-node returns points and ranges only). */
  readonly typeAccuracy: number | null;
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
  readonly wrongValue: readonly string[];
}

export interface TimexScores {
  /** How the input text was produced: the ingest parser, or the raw-file fallback. */
  readonly input: 'parseArticle' | 'raw-lines';
  readonly ours: SystemScores;
  readonly chrono: SystemScores;
  /** Mean tagging time per sentence in milliseconds, measured on a second (warm) pass over the seeds. */
  readonly msPerSentence: number;
}

/** 002's body was scraped twice; only the first copy is annotated (TEMPORAL.md §3.1). */
const DUPLICATE_BODY_START: Readonly<Record<string, number>> = { '002_916ff98b6e08d529.txt': 7151 };

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const overlapLength = (a: { offset: number; text: string }, b: { offset: number; text: string }): number =>
  Math.max(0, Math.min(a.offset + a.text.length, b.offset + b.text.length) - Math.max(a.offset, b.offset));

function score(system: string, gold: readonly GoldTimex[], mentions: readonly SystemMention[]): SystemScores {
  const scored = gold.filter((g) => !g.dct && !g.optional);
  const neutral = gold.filter((g) => g.dct || g.optional);
  const counted = mentions.filter((s) => {
    const hitsScored = scored.some((g) => g.doc === s.doc && overlapLength(g, s) > 0);
    const hitsNeutral = neutral.some((g) => g.doc === s.doc && overlapLength(g, s) > 0);
    return hitsScored || !hitsNeutral;
  });
  // One-to-one relaxed alignment, largest overlap first.
  const pairs: { g: GoldTimex; s: SystemMention; overlap: number }[] = [];
  for (const g of scored) for (const s of counted) {
    const overlap = g.doc === s.doc ? overlapLength(g, s) : 0;
    if (overlap > 0) pairs.push({ g, s, overlap });
  }
  pairs.sort((a, b) => b.overlap - a.overlap);
  const usedGold = new Set<GoldTimex>();
  const usedSystem = new Set<SystemMention>();
  const matches: { g: GoldTimex; s: SystemMention }[] = [];
  for (const p of pairs) {
    if (usedGold.has(p.g) || usedSystem.has(p.s)) continue;
    usedGold.add(p.g);
    usedSystem.add(p.s);
    matches.push(p);
  }
  // A second system piece of an already matched gold mention ("February" + "next year") is neither right nor spurious,
  // as in TEMPORAL.md §4: only the largest-overlap piece is scored.
  const extraPieces = new Set(counted.filter((s) => !usedSystem.has(s) && matches.some((m) => overlapLength(m.g, s) > 0 && m.g.doc === s.doc)));
  const scoredSystem = counted.filter((s) => !extraPieces.has(s));
  const strictMatches = matches.filter(({ g, s }) => g.offset === s.offset && g.text.length === s.text.length).length;
  const valueRight = matches.filter(({ g, s }) => s.isCorrect(g));
  const typeRight = matches.filter(({ g, s }) => s.type === g.type).length;
  const relaxedP = ratio(matches.length, scoredSystem.length);
  const relaxedR = ratio(matches.length, scored.length);
  const strictP = ratio(strictMatches, scoredSystem.length);
  const strictR = ratio(strictMatches, scored.length);
  const valueAccuracy = ratio(valueRight.length, matches.length);
  const describe = (g: GoldTimex): string => `${g.doc.slice(0, 3)}@${g.offset} "${g.text}" = ${g.value}${g.mod ? ` (${g.mod})` : ''}`;
  return {
    system,
    goldCount: scored.length,
    systemCount: scoredSystem.length,
    strict: { precision: strictP, recall: strictR, f1: f1(strictP, strictR) },
    relaxed: { precision: relaxedP, recall: relaxedR, f1: f1(relaxedP, relaxedR) },
    valueAccuracy,
    valueF1: f1(relaxedP, relaxedR) * valueAccuracy,
    typeAccuracy: mentions.every((m) => m.type === null) ? null : ratio(typeRight, matches.length),
    missed: scored.filter((g) => !usedGold.has(g)).map(describe),
    spurious: scoredSystem.filter((s) => !usedSystem.has(s)).map((s) => `${s.doc.slice(0, 3)}@${s.offset} "${s.text}" = ${s.value}`),
    wrongValue: matches.filter((m) => !m.s.isCorrect(m.g)).map(({ g, s }) => `${describe(g)} ← got "${s.text}" = ${s.type} ${s.value}`),
  };
}

function readGold(): GoldTimex[] | null {
  const file = path.join(evalDir, 'gold-timex.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as GoldTimex[];
}

const docsOf = (gold: readonly GoldTimex[]): string[] => [...new Set(gold.map((g) => g.doc))].sort();

/** The gold's own DCT per document (from its `dct` rows, else the article's date) for the baseline. */
function goldDct(gold: readonly GoldTimex[], doc: string, fallback: IsoDate | null): IsoDate | null {
  const row = gold.find((g) => g.doc === doc && g.dct);
  return (row && parseIsoDate(row.value)) ?? fallback;
}

function ourMentions(doc: string, text: string, article: Article | null): { mentions: SystemMention[]; sentences: number } {
  const exact = (s: { type: TimexType; value: string }) => (g: GoldTimex): boolean => g.value === s.value;
  if (article !== null) {
    const timexes = tagArticle(article);
    return { mentions: timexes.map((t) => ({ doc, text: t.text, offset: t.offset, type: t.type, value: t.value, isCorrect: exact(t) })), sentences: article.sentences.length };
  }
  // Fallback: raw lines, skipping the header line, and nothing from 002's duplicated body.
  const mentions: SystemMention[] = [];
  let sentences = 0;
  const limit = DUPLICATE_BODY_START[doc] ?? Number.POSITIVE_INFINITY;
  const dct = parseIsoDate(/\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? '');
  let first = true;
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (first) { first = false; continue; }
    sentences++;
    for (const t of findTimexes(m[0], dct)) {
      const offset = m.index + t.offset;
      if (offset < limit) mentions.push({ doc, text: t.text, offset, type: t.type, value: t.value, isCorrect: exact(t) });
    }
  }
  return { mentions, sentences };
}

type ChronoComponent = 'year' | 'month' | 'day' | 'hour';

/** Judges chrono as TEMPORAL.md §4 did: components down to the gold's precision must match, finer ones be uncertain. */
function chronoJudge(result: chrono.ParsedResult, dct: IsoDate | null): (g: GoldTimex) => boolean {
  const start = result.start;
  const get = (c: ChronoComponent): number | null => start.get(c);
  return (g) => {
    if (g.type === 'DURATION' || g.type === 'SET') return false;
    if (g.value === 'PRESENT_REF') return dct !== null && `${get('year')}-${String(get('month')).padStart(2, '0')}-${String(get('day')).padStart(2, '0')}` === dct;
    const m = /^(\d{4})(?:-(\d{2}|XX)(?:-(\d{2}|XX)(T\w+)?)?)?$/.exec(g.value);
    if (!m) return false;
    const wanted: [ChronoComponent, string | undefined][] = [['year', m[1]], ['month', m[2]], ['day', m[3]]];
    for (const [c, v] of wanted) {
      if (v === undefined || v === 'XX') {
        if (start.isCertain(c)) return false;
        continue;
      }
      if (get(c) !== Number(v)) return false;
    }
    return true;
  };
}

function chronoMentions(doc: string, text: string, dct: IsoDate | null): SystemMention[] {
  if (dct === null) return [];
  const [y, mo, d] = dct.split('-').map(Number) as [number, number, number];
  const results = chrono.parse(text, { instant: new Date(Date.UTC(y, mo - 1, d, 12)), timezone: 0 }, { forwardDate: false });
  const limit = DUPLICATE_BODY_START[doc] ?? Number.POSITIVE_INFINITY;
  return results.filter((r) => r.index < limit).map((r) => ({
    doc, text: r.text, offset: r.index, type: null, value: r.start.date().toISOString().slice(0, 10), isCorrect: chronoJudge(r, dct),
  }));
}

/** Scores both systems; null (with a notice) when the shared gold is not present. */
export async function evalTimexes(): Promise<TimexScores | null> {
  const gold = readGold();
  if (gold === null) {
    process.stderr.write(`timex-eval: no gold at ${evalDir}; skipping\n`);
    return null;
  }
  const ours: SystemMention[] = [];
  const baseline: SystemMention[] = [];
  let sentences = 0;
  let taggingMs = 0;
  let input: TimexScores['input'] = 'parseArticle';
  for (const doc of docsOf(gold)) {
    const file = path.join(articlesDir, doc);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const parsed = parseArticle(doc, text);
    const article = parsed.ok ? parsed.value : null;
    if (article === null) input = 'raw-lines';
    ourMentions(doc, text, article);
    const t0 = performance.now();
    const mine = ourMentions(doc, text, article);
    taggingMs += performance.now() - t0;
    sentences += mine.sentences;
    ours.push(...mine.mentions);
    baseline.push(...chronoMentions(doc, text, goldDct(gold, doc, article?.published ?? null)));
  }
  return {
    input,
    ours: score('summit', gold, ours),
    chrono: score('chrono-node', gold, baseline),
    msPerSentence: ratio(taggingMs, sentences),
  };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

export function formatTimexScores(s: TimexScores): string {
  const lines = [
    `input: ${s.input}; gold mentions scored: ${s.ours.goldCount} (dct and optional rows neutral)`,
    'system       | strict P  R    F1   | relaxed P  R    F1   | value acc | value F1 | type acc | mentions',
  ];
  for (const r of [s.ours, s.chrono]) {
    lines.push(`${r.system.padEnd(12)} | ${pct(r.strict.precision)} ${pct(r.strict.recall)} ${pct(r.strict.f1)} | ${pct(r.relaxed.precision)} ${pct(r.relaxed.recall)} ${pct(r.relaxed.f1)}  |   ${pct(r.valueAccuracy)}   |  ${pct(r.valueF1)}   |  ${r.typeAccuracy === null ? '  n/a' : pct(r.typeAccuracy)}   | ${r.systemCount}`);
  }
  lines.push(`tagging: ${s.msPerSentence.toFixed(4)} ms/sentence (summit, second pass over the seeds)`);
  const list = (title: string, items: readonly string[]): void => {
    lines.push(`${title} (${items.length})`);
    for (const i of items) lines.push(`  ${i}`);
  };
  list('summit missed', s.ours.missed);
  list('summit spurious', s.ours.spurious);
  list('summit wrong value', s.ours.wrongValue);
  return lines.join('\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const scores = await evalTimexes();
  if (scores !== null) process.stdout.write(`${formatTimexScores(scores)}\n`);
}
