/**
 * The development set (../shared/dev): published dates, the central timeline and the questions, graded by its README's
 * rule, one corpus per period (each period is a folder of about fifteen articles, as a user would load one). The texts are
 * third-party and rebuilt per session; without them this reports that and scores nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { answerToJson } from '../../src/answer/answer.js';
import { systemClock } from '../../src/bot.js';
import type { DatedEvent } from '../../src/domain.js';
import { answerCommand } from '../../src/engine/answer-command.js';
import { buildCorpus } from '../../src/engine/corpus.js';
import { timeline } from '../../src/engine/timeline.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';
import { dateAgrees, daySpan, gradeQuestion, type AskOutput, type DevEvent, type DevQuestion } from './dev-grade.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEV_DIR = process.env.SUMMIT_DEV_DIR ?? path.resolve(repoRoot, '..', 'shared', 'dev');
/**
 * The period no rule is tuned on while the others are worked on; rotate it by setting SUMMIT_DEV_HELD_OUT. Session 2 held
 * out C, session 3 B, session 4 A, session 5 C again (docs/eval.md has each rotation's figures).
 */
export const HELD_OUT = process.env.SUMMIT_DEV_HELD_OUT ?? 'C';

interface Sidecar {
  readonly published: string | null;
  readonly published_in_text: boolean;
  readonly period: string;
}

export interface PeriodScores {
  readonly period: string;
  readonly articles: number;
  readonly published: { readonly right: number; readonly total: number; readonly misses: readonly string[] };
  readonly timeline: {
    readonly recalled: number; readonly gold: number; readonly matched: number; readonly system: number;
    /** Gold events that two system events claim as theirs (each claims its narrowest matches), and the looser count. */
    readonly duplicates: number; readonly overlaps: number; readonly duplicateIds: readonly string[];
    readonly misses: readonly string[]; readonly spurious: readonly string[];
  };
  readonly questions: { readonly right: number; readonly total: number; readonly cited: number; readonly misses: readonly string[] };
}

export function devTextsDir(): string | null {
  const dirs = [path.join(DEV_DIR, 'articles'), path.join(repoRoot, 'var', 'dev-texts')];
  return dirs.find((d) => existsSync(d) && readdirSync(d).some((f) => f.endsWith('.txt'))) ?? null;
}

const matchesGold = (e: DatedEvent, g: DevEvent): boolean =>
  dateAgrees(e.date, g.date, g.precision, g.date_end) && e.sources.some((s) => g.sources.includes(s.article));

function spanDays(g: DevEvent): number {
  const first = daySpan(g.date)?.first ?? g.date;
  const last = daySpan(g.date_end ?? g.date)?.last ?? first;
  return (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000;
}

/**
 * The gold events a system event is: of those it matches, the ones of the shortest span. A visit's talks on its first day
 * match the whole visit and its week too; they are a duplicate only of another report of those talks, not of the
 * forum two days later that also falls inside the visit.
 */
function narrowest(matches: readonly DevEvent[]): readonly DevEvent[] {
  const least = Math.min(...matches.map(spanDays));
  return matches.filter((g) => spanDays(g) === least);
}

async function scorePeriod(period: string, textsDir: string, sidecars: ReadonlyMap<string, Sidecar>): Promise<PeriodScores> {
  const files = [...sidecars].filter(([, s]) => s.period === period).map(([n]) => path.join(textsDir, `${n}.txt`)).filter(existsSync);
  const { articles } = await readArticleFiles(files);
  const corpus = buildCorpus(articles);
  const today = systemClock.today();

  const publishedMisses: string[] = [];
  let publishedTotal = 0;
  for (const a of articles) {
    const side = sidecars.get(a.file.replace(/\.txt$/, ''));
    if (!side?.published_in_text) continue;
    publishedTotal += 1;
    if (a.published !== side.published) publishedMisses.push(`${a.file}: ${a.published ?? 'none'} ≠ ${side.published}`);
  }

  const goldAll = (JSON.parse(readFileSync(path.join(DEV_DIR, 'events.json'), 'utf8')) as { events: DevEvent[] }).events.filter((e) => e.period === period);
  const gold = goldAll.filter((g) => g.central && (g.precision === 'day' || g.precision === 'month'));
  const answer = timeline(corpus, { all: false, pageSize: Number.MAX_SAFE_INTEGER, today });
  const events = answer.kind === 'timeline' ? answer.data.events : [];
  const claims = new Map<string, number>();
  const looseClaims = new Map<string, number>();
  for (const e of events) {
    const matches = goldAll.filter((x) => matchesGold(e, x));
    for (const g of matches) looseClaims.set(g.id, (looseClaims.get(g.id) ?? 0) + 1);
    for (const g of narrowest(matches)) claims.set(g.id, (claims.get(g.id) ?? 0) + 1);
  }
  const recalled = gold.filter((g) => events.some((e) => matchesGold(e, g)));
  const matched = events.filter((e) => goldAll.some((g) => dateAgrees(e.date, g.date, g.precision, g.date_end)));

  const questions = (JSON.parse(readFileSync(path.join(DEV_DIR, 'qa.json'), 'utf8')) as { questions: DevQuestion[] }).questions.filter((q) => q.period === period);
  const qaMisses: string[] = [];
  let right = 0;
  let cited = 0;
  for (const q of questions) {
    const json = answerToJson(answerCommand(corpus, { kind: 'ask', question: q.question }, { today })) as Partial<AskOutput> & { error?: { message: string } };
    const out: AskOutput = { answer: json.answer ?? json.error?.message ?? '', events: json.events ?? [], citations: json.citations ?? [], ...(json.date ? { date: json.date } : {}) };
    const grade = gradeQuestion(q, out);
    if (grade.right) right += 1;
    if (grade.sourceCited) cited += 1;
    if (!grade.right) qaMisses.push(`${q.id} [${q.category}] ${q.question} → ${out.answer.slice(0, 120).replace(/\s+/g, ' ')} (${grade.why})`);
  }

  return {
    period,
    articles: articles.length,
    published: { right: publishedTotal - publishedMisses.length, total: publishedTotal, misses: publishedMisses },
    timeline: {
      recalled: recalled.length,
      gold: gold.length,
      matched: matched.length,
      system: events.length,
      duplicates: [...claims.values()].filter((n) => n > 1).length,
      overlaps: [...looseClaims.values()].filter((n) => n > 1).length,
      duplicateIds: [...claims].filter(([, n]) => n > 1).map(([id]) => id),
      misses: gold.filter((g) => !recalled.includes(g)).map((g) => `${g.id} ${g.date} ${g.title}`),
      spurious: events.filter((e) => !matched.includes(e)).map((e) => `${e.date} ${e.title} (${e.sources.map((s) => s.article).join(', ')})`),
    },
    questions: { right, total: questions.length, cited, misses: qaMisses },
  };
}

/** Null when the texts have not been rebuilt this session (see ../shared/dev/README.md). */
export async function evalDev(): Promise<readonly PeriodScores[] | null> {
  const textsDir = devTextsDir();
  if (!textsDir) return null;
  const sidecars = new Map<string, Sidecar>();
  for (const f of readdirSync(path.join(DEV_DIR, 'articles')).filter((n) => n.endsWith('.json')).sort()) {
    sidecars.set(f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(DEV_DIR, 'articles', f), 'utf8')) as Sidecar);
  }
  const periods = [...new Set([...sidecars.values()].map((s) => s.period))].sort();
  const scores: PeriodScores[] = [];
  for (const p of periods) scores.push(await scorePeriod(p, textsDir, sidecars));
  return scores;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(0)}%`);

function row(label: string, ps: readonly PeriodScores[]): string {
  const sum = (f: (p: PeriodScores) => number): number => ps.reduce((a, p) => a + f(p), 0);
  const t = { r: sum((p) => p.timeline.recalled), g: sum((p) => p.timeline.gold), m: sum((p) => p.timeline.matched), s: sum((p) => p.timeline.system) };
  return `| ${label} | ${sum((p) => p.articles)} | ${sum((p) => p.published.right)}/${sum((p) => p.published.total)} (${pct(sum((p) => p.published.right), sum((p) => p.published.total))}) | `
    + `${t.r}/${t.g} (${pct(t.r, t.g)}) | ${t.m}/${t.s} (${pct(t.m, t.s)}) | ${sum((p) => p.timeline.duplicates)} (${sum((p) => p.timeline.overlaps)}) | `
    + `${sum((p) => p.questions.right)}/${sum((p) => p.questions.total)} (${pct(sum((p) => p.questions.right), sum((p) => p.questions.total))}) | `
    + `${pct(sum((p) => p.questions.cited), sum((p) => p.questions.total))} |`;
}

export function formatDevScores(scores: readonly PeriodScores[], verbose: boolean): string {
  const out = [
    '| dev set | articles | published date | central recall | precision | duplicates (overlaps) | questions right | source cited |',
    '|---|---|---|---|---|---|---|---|',
    row('all periods', scores),
    row(`held out (${HELD_OUT})`, scores.filter((p) => p.period === HELD_OUT)),
    row('tuned on', scores.filter((p) => p.period !== HELD_OUT)),
    ...scores.map((p) => row(`period ${p.period}`, [p])),
  ];
  if (verbose) {
    for (const p of scores) {
      out.push('', `### period ${p.period}${p.period === HELD_OUT ? ' (held out: read its misses only when rotating)' : ''}`);
      out.push('published misses:', ...p.published.misses.map((m) => `  ${m}`));
      out.push('timeline misses:', ...p.timeline.misses.map((m) => `  ${m}`), 'timeline spurious:', ...p.timeline.spurious.map((m) => `  ${m}`));
      out.push(`duplicated: ${p.timeline.duplicateIds.join(', ') || 'none'}`);
      out.push('question misses:', ...p.questions.misses.map((m) => `  ${m}`));
    }
  }
  return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const scores = await evalDev();
  if (!scores) process.stdout.write(`dev set: no texts in ${DEV_DIR}/articles or var/dev-texts; rebuild them (../shared/dev/README.md)\n`);
  else process.stdout.write(`${formatDevScores(scores, process.argv.includes('--verbose'))}\n`);
}
