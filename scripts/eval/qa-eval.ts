/**
 * Question-answering evaluation over the seed articles: our own question set (when / where / who / what said / how many /
 * on this day / typos / unanswerable), scored for the right date and the right source at rank 1 and within the top 3.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AskData } from '../../src/answer/answer.js';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { buildCorpus } from '../../src/engine/corpus.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

type Category = 'when' | 'where' | 'who' | 'said' | 'count' | 'date-filter' | 'typo' | 'yes-no' | 'unanswerable';

interface QaCase {
  readonly question: string;
  readonly category: Category;
  /** Expected answer date (exact value) and a file that must be among the cited sources; null for unanswerable. */
  readonly expected: { readonly date: string; readonly sources: readonly string[] } | null;
}

const SEED = { a000: '000_955c2a9eb3f4ed9c.txt', a001: '001_7f0596a3962ae381.txt', a002: '002_916ff98b6e08d529.txt', a003: '003_0b5cbc916dff8dda.txt', a004: '004_1dd0e004e585f0a9.txt' } as const;

export const QA_CASES: readonly QaCase[] = [
  { question: 'When did Xi visit Moscow?', category: 'when', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'When did Xi and Putin hold a video summit?', category: 'when', expected: { date: '2021-12-15', sources: [SEED.a002, SEED.a003] } },
  { question: 'When did Putin accept the invitation to the Beijing Winter Olympics?', category: 'when', expected: { date: '2021-11-23', sources: [SEED.a000] } },
  { question: 'When did Xi attend the Sochi Olympics?', category: 'when', expected: { date: '2014', sources: [SEED.a000, SEED.a002] } },
  { question: 'When did Putin visit India?', category: 'when', expected: { date: '2021-12-06', sources: [SEED.a003] } },
  { question: 'When did Putin have a virtual meeting with Biden?', category: 'when', expected: { date: '2021-12-07', sources: [SEED.a003] } },
  { question: 'When did Wang Yi hold talks with Lavrov?', category: 'when', expected: { date: '2022-02-03', sources: [SEED.a001] } },
  { question: 'When did Xi hold talks with Mishustin?', category: 'when', expected: { date: '2023-03-21', sources: [SEED.a004] } },
  { question: 'When did the ICC issue an arrest warrant for Putin?', category: 'when', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'When did Peng Shuai post her allegation?', category: 'when', expected: { date: '2021-11-17', sources: [SEED.a000] } },
  { question: 'Where did Xi and Putin meet in March 2023?', category: 'where', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'Who attended the opening ceremony of the Beijing Olympics?', category: 'who', expected: { date: '2022-02-04', sources: [SEED.a001, SEED.a000] } },
  { question: 'What did Putin say about NATO?', category: 'said', expected: { date: '2021-12-15', sources: [SEED.a002] } },
  { question: 'What did Wang Wenbin say about the International Criminal Court?', category: 'said', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'How many times have Xi and Putin met?', category: 'count', expected: { date: '2021-12-15', sources: [SEED.a003] } },
  { question: 'What happened in June 2021?', category: 'date-filter', expected: { date: '2021-06', sources: [SEED.a003] } },
  { question: 'What did Xi and Putin do on 4 February 2022?', category: 'date-filter', expected: { date: '2022-02-04', sources: [SEED.a001] } },
  { question: 'Did Xi and Putin meet in 2022?', category: 'yes-no', expected: { date: '2022-02-04', sources: [SEED.a001] } },
  { question: 'Puttin olimpics opening ceremony', category: 'typo', expected: { date: '2022-02-04', sources: [SEED.a001, SEED.a000] } },
  { question: 'when did Xi visitt Moscw', category: 'typo', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'Kremln dinner', category: 'typo', expected: { date: '2023-03-20', sources: [SEED.a004] } },
  { question: 'When did Xi visit Brazil?', category: 'unanswerable', expected: null },
  { question: 'What did Putin say about Mars exploration?', category: 'unanswerable', expected: null },
  { question: 'When did Macron meet Scholz?', category: 'unanswerable', expected: null },
];

interface Ranked {
  readonly date: string | undefined;
  readonly sources: readonly string[];
}

/** What the answer offers, in rank order: the answer itself (its date and first source), then its events and other citations. */
function rankedOf(data: AskData): Ranked[] {
  // An event answer is backed by all of its event's sources; a sentence answer by the quoted sentence.
  const answeredEvent = data.events[0]?.date === data.date ? data.events[0] : undefined;
  const first: Ranked = { date: data.date, sources: answeredEvent ? answeredEvent.sources.map((s) => s.article) : data.citations.slice(0, 1).map((c) => c.article) };
  const fromEvents = data.events.map((e) => ({ date: e.date, sources: e.sources.map((s) => s.article) }));
  const fromCitations = data.citations.slice(1).map((c) => ({ date: c.published ?? undefined, sources: [c.article] }));
  return [first, ...fromEvents, ...fromCitations];
}

const isDontKnow = (data: AskData): boolean => data.answer.startsWith("I don't know");

export interface QaScores {
  readonly total: number;
  readonly hitAt1: number;
  readonly hitAt3: number;
  readonly byCategory: Readonly<Record<string, { readonly n: number; readonly at1: number; readonly at3: number }>>;
  readonly failures: readonly string[];
}

export async function evalQa(today = '2026-11-22' as IsoDate): Promise<QaScores> {
  const { articles } = await readArticleFiles([path.join(repoRoot, 'data', 'articles')]);
  const corpus = buildCorpus(articles);
  const byCategory: Record<string, { n: number; at1: number; at3: number }> = {};
  const failures: string[] = [];
  let at1 = 0;
  let at3 = 0;
  for (const c of QA_CASES) {
    const answer = ask(corpus, c.question, { today });
    const data: AskData = answer.kind === 'ask' ? answer.data : { answer: answer.headline, events: [], citations: [] };
    const ranked = rankedOf(data);
    const matches = (r: Ranked): boolean => c.expected !== null && r.date === c.expected.date && r.sources.some((s) => c.expected!.sources.includes(s));
    const first = c.expected === null ? isDontKnow(data) : ranked[0] !== undefined && matches(ranked[0]);
    const top3 = c.expected === null ? first : ranked.slice(0, 3).some(matches);
    const bucket = (byCategory[c.category] ??= { n: 0, at1: 0, at3: 0 });
    bucket.n += 1;
    if (first) {
      bucket.at1 += 1;
      at1 += 1;
    }
    if (top3) {
      bucket.at3 += 1;
      at3 += 1;
    }
    if (!first) failures.push(`${top3 ? '(top-3 only) ' : ''}${c.question} → ${data.answer.slice(0, 140)} [expected ${c.expected ? c.expected.date : "I don't know"}]`);
  }
  return { total: QA_CASES.length, hitAt1: at1, hitAt3: at3, byCategory, failures };
}

export function formatQaScores(s: QaScores): string {
  const rows = Object.entries(s.byCategory).map(([category, b]) => `| ${category} | ${b.n} | ${b.at1} | ${b.at3} |`);
  return [
    '| questions | n | right date+source @1 | @3 |',
    '|---|---|---|---|',
    ...rows,
    `| **all** | ${s.total} | ${s.hitAt1} (${((100 * s.hitAt1) / s.total).toFixed(0)}%) | ${s.hitAt3} (${((100 * s.hitAt3) / s.total).toFixed(0)}%) |`,
    ...(s.failures.length > 0 ? ['', 'Misses at rank 1:', ...s.failures.map((f) => `  - ${f}`)] : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  evalQa().then((scores) => console.log(formatQaScores(scores)));
}
