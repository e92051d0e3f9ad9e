/**
 * Search benchmark: the engine's index against a plain fuse.js baseline on generated corpora of 1k, 10k and 100k sentences,
 * plus the seed articles. Reports build time, p50/p99 latency over a fixed query mix, heap, and hit@3 on judged queries.
 * Run alone with `node --expose-gc --import tsx scripts/bench/search-bench.ts`; everything is seeded, so runs repeat.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Fuse from 'fuse.js';
import { parseSearchQuery } from '../../src/engine/parse-search-query.js';
import { createSearchIndex } from '../../src/engine/search-index.js';
import type { SearchDoc, SearchIndex } from '../../src/engine/search-index.js';
import { createRandom } from './seeded-random.js';

export interface LatencyStats { readonly p50: number; readonly p99: number; readonly max: number; readonly count: number }

export interface SearchBenchRow {
  readonly corpus: string;
  readonly sentences: number;
  readonly engine: {
    readonly buildMs: number; readonly heapMb: number; readonly mix: LatencyStats; readonly hostile: LatencyStats;
    /**
     * The same queries in process CPU time, for runs on a busy host. Linux counts it in scheduler ticks (often 4 ms), so
     * it is coarse: compare it with the wall-clock figures only when those are far above a tick.
     */
    readonly mixCpu: LatencyStats; readonly hostileCpu: LatencyStats;
    readonly hitAt3: number; readonly judged: number; readonly hitAt3OnBaselineSubset: number | null;
  };
  readonly baseline: { readonly buildMs: number; readonly heapMb: number; readonly mix: LatencyStats; readonly hitAt3: number; readonly judged: number } | null;
  /** Baseline p50 / engine p50 on the same non-hostile queries. */
  readonly speedupP50: number | null;
  readonly speedupP99: number | null;
}

export interface SearchBenchReport {
  readonly rows: readonly SearchBenchRow[];
  /** Milliseconds from process start until the seed corpus index answered its first query. */
  readonly seedReadyMs: number;
  /** 1, 5 and 15 minute load averages at the end: other work on the host inflates wall-clock figures. */
  readonly loadAverage: readonly number[];
  readonly cpus: number;
  readonly notes: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------------------
// Deterministic generation


const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const LEADERS = [
  'Xi Jinping', 'Vladimir Putin', 'Sergei Lavrov', 'Wang Yi', 'Li Qiang', 'Mikhail Mishustin', 'Narendra Modi', 'Joe Biden',
  'Kassym-Jomart Tokayev', 'Recep Tayyip Erdogan', 'Shavkat Mirziyoyev', 'Alexander Lukashenko', 'Luiz Inacio Lula',
  'Cyril Ramaphosa', 'Emmanuel Macron', 'Olaf Scholz', 'Kim Jong Un', 'Ebrahim Raisi', 'Sadyr Japarov', 'Emomali Rahmon',
] as const;
const PLACES = [
  'Beijing', 'Moscow', 'Sochi', 'Kazan', 'Astana', 'Samarkand', 'Vladivostok', 'Shanghai', 'Harbin', 'Tianjin',
  'St Petersburg', 'Bishkek', 'Dushanbe', 'Johannesburg', 'Brasilia', 'New Delhi', 'Minsk', 'Xiamen', 'Ufa', 'Qingdao',
] as const;
const ACTIONS = [
  'met', 'visited', 'held talks with', 'spoke by phone with', 'hosted', 'welcomed', 'signed an agreement with',
  'attended a summit with', 'sent a message to', 'had dinner with', 'held a video call with', 'received',
] as const;
const TOPICS = [
  'energy', 'the gas pipeline', 'trade', 'security', 'Ukraine', 'Taiwan', 'the Arctic', 'grain exports', 'sanctions',
  'the Winter Olympics', 'space cooperation', 'nuclear power', 'the yuan', 'banking', 'tourism', 'wheat', 'military drills',
  'the Belt and Road', 'semiconductors', 'fisheries', 'railways', 'climate', 'oil prices', 'the border',
] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const FILLERS = [
  'according to state media', 'amid tensions with the West', 'the Kremlin said', 'officials in Beijing confirmed',
  'a foreign ministry spokesman told reporters', 'analysts said', 'in a statement released later', 'Xinhua reported',
  'TASS news agency said', 'diplomats noted', 'the two sides agreed', 'observers in Washington said',
] as const;
const OUTLETS = ['Global Times', 'TASS', 'Reuters', 'South China Morning Post', 'The Moscow Times', 'Taipei Times', 'PTI', 'Xinhua'] as const;
const SYLLABLES = ['ka', 'lo', 'mi', 'ran', 'vo', 'stel', 'qu', 'zhi', 'bor', 'nes', 'tav', 'ul', 'shen', 'dar', 'pe', 'grin', 'os', 'ya'] as const;

interface GeneratedDoc extends SearchDoc {
  readonly leaders: readonly [string, string];
  readonly place: string;
  readonly topic: string;
  readonly rare: string;
}

/** Zipf-ish pick among `size` items: low indexes are common, the tail is long — like names in real news. */
function zipf(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(Math.exp(random() * Math.log(size + 1))) - 1);
}

function rareWord(i: number): string {
  let word = '';
  let k = i + 7;
  for (let s = 0; s < 3 + (i % 2); s++) {
    word += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length) + s * 5 + 3;
  }
  return word;
}

export function generateCorpus(size: number, seed: number): GeneratedDoc[] {
  const random = createRandom(seed);
  const rareCount = Math.max(200, Math.floor(size / 4));
  const docs: GeneratedDoc[] = [];
  let article = 0;
  let title = '';
  let outlet = '';
  let date = '';
  for (let i = 0; i < size; i++) {
    if (i % 20 === 0) {
      article++;
      const year = 2013 + Math.floor(random() * 11);
      const month = 1 + Math.floor(random() * 12);
      const day = 1 + Math.floor(random() * 28);
      date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      outlet = pick(random, OUTLETS);
      title = `${pick(random, LEADERS)} and ${pick(random, LEADERS)} discuss ${pick(random, TOPICS)} in ${pick(random, PLACES)}`;
    }
    const a = pick(random, LEADERS);
    let b = pick(random, LEADERS);
    if (b === a) b = LEADERS[(LEADERS.indexOf(a) + 1) % LEADERS.length] ?? b;
    const place = pick(random, PLACES);
    const topic = pick(random, TOPICS);
    const rare = rareWord(zipf(random, rareCount));
    const when = random() < 0.5 ? `in ${pick(random, MONTHS)} ${2013 + Math.floor(random() * 11)}` : `on ${['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'][Math.floor(random() * 5)]}`;
    const text = `${a} ${pick(random, ACTIONS)} ${b} in ${place} ${when} to discuss ${topic} and the ${rare} project, ${pick(random, FILLERS)}.`;
    docs.push({ id: `g${article}:${String(i % 20).padStart(2, '0')}`, text, title, date, outlet, kind: 'sentence', leaders: [a, b], place, topic, rare });
  }
  return docs;
}

function typo(random: () => number, word: string): string {
  if (word.length < 5) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0: return word.slice(0, at) + word.slice(at + 1); // deletion
    case 1: return word.slice(0, at) + (word[at] ?? '') + word.slice(at); // doubling
    default: return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2); // transposition
  }
}

const surname = (name: string): string => name.split(' ').at(-1) ?? name;

interface JudgedQuery { readonly text: string; readonly relevant: (doc: GeneratedDoc) => boolean }

/** Questions whose answers are known from generation: a meeting by its two people, place and topic; a rare project name. */
export function judgedQueries(docs: readonly GeneratedDoc[], count: number, seed: number): JudgedQuery[] {
  const random = createRandom(seed);
  const queries: JudgedQuery[] = [];
  for (let q = 0; q < count; q++) {
    const target = docs[Math.floor(random() * docs.length)];
    if (target === undefined) break;
    const [a, b] = target.leaders;
    const topicWord = target.topic.replace(/^the /, '');
    const misspell = random() < 0.3;
    if (q % 3 === 2) {
      const word = misspell ? typo(random, target.rare) : target.rare;
      queries.push({ text: `${word} project`, relevant: (d) => d.rare === target.rare });
      continue;
    }
    const sa = misspell ? typo(random, surname(a)) : surname(a);
    const template = q % 2 === 0
      // The verb stays neutral ("discuss" is in every sentence): the target may have met, called or hosted.
      ? `when did ${sa} and ${surname(b)} discuss ${topicWord} in ${target.place}`
      : `${sa} ${surname(b)} ${target.place} ${topicWord}`;
    queries.push({
      text: template,
      relevant: (d) => d.place === target.place && d.topic === target.topic && d.leaders.includes(a) && d.leaders.includes(b),
    });
  }
  return queries;
}

const MIX_PLAIN = [
  'Sochi', 'Taiwan', 'gas pipeline', 'sanctions', 'Arctic', 'grain exports', 'nuclear power', 'semiconductors', 'Vladivostok', 'yuan',
  'Puttin', 'Olimpics', 'Kremln', 'Lavorv', 'Samarkant', 'Vladivostk', 'Mishustn', 'Tokaev', 'semiconducters', 'pipline',
  'when did Xi visit Moscow', 'what did Putin and Xi sign in Beijing', 'who attended the Winter Olympics opening',
  'did Lavrov meet Wang Yi in Astana', 'talks on energy and oil prices', 'why did Modi call Putin',
  'Xi Putin video call', 'military drills near the border', 'Belt and Road railways', 'Lukashenko Minsk',
  'Xi Jinping', 'Vladimir Putin', 'Sergei Lavrov', 'Wang Yi', 'Kassym-Jomart Tokayev', 'Emomali Rahmon', 'Kim Jong Un',
  'Cyril Ramaphosa', '"video call" -Biden from:2018 to:2020', 'outlet:tass Ukraine',
] as const;

function hostileQueries(): string[] {
  const random = createRandom(99);
  let long = '';
  while (long.length < 10_000) long += `${pick(random, ['xi', 'putin', 'summit', 'a', 'zzqx', 'moscow'])} `;
  return [
    long.slice(0, 10_000), '!zzzz', '(a+)+$', `${'a'.repeat(30)}!`, '"unbalanced quote about Putin', ' '.repeat(10_000),
    Array.from({ length: 50 }, (_, i) => `w${i}`).join(' | '), "'inc =exact ^pre suf$ !^no", '[', '\\', '\u0000\u0007\u202e\u200b',
    'x'.repeat(499), `${'olympics '.repeat(55)}`.trim(), '-', '""', 'from:', 'from:2021-02-30',
  ];
}

// ---------------------------------------------------------------------------------------------------------------------
// Measurement

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function stats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted.at(-1) ?? 0, count: sorted.length };
}

function heapUsedMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) { gc(); gc(); }
  return process.memoryUsage().heapUsed / 1_048_576;
}

function engineQuery(index: SearchIndex, text: string, limit = 10): readonly string[] {
  const parsed = parseSearchQuery(text);
  if (!parsed.ok) return [];
  return index.search(parsed.value, { limit }).hits.map((h) => h.id);
}

function time<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { value, ms, cpuMs: (used.user + used.system) / 1000 };
}

function hitAt3(ids: readonly string[], byId: ReadonlyMap<string, GeneratedDoc>, relevant: (d: GeneratedDoc) => boolean): boolean {
  return ids.slice(0, 3).some((id) => {
    const doc = byId.get(id);
    return doc !== undefined && relevant(doc);
  });
}

const WARM_UP_PASSES = 3;

interface SizePlan { readonly size: number; readonly rounds: number; readonly baselineMix: number; readonly baselineJudged: number }

function benchGenerated(plan: SizePlan, notes: string[]): SearchBenchRow {
  const docs = generateCorpus(plan.size, 1234 + plan.size);
  const byId = new Map(docs.map((d) => [d.id, d]));
  const judged = judgedQueries(docs, 60, 77 + plan.size);
  const hostile = hostileQueries();

  const heapBefore = heapUsedMb();
  const built = time(() => createSearchIndex(docs));
  const index = built.value;
  engineQuery(index, 'warm up'); // the speller's letter-pair index is built on first use: count it in the build
  const buildMs = built.ms + time(() => engineQuery(index, 'wrmup')).ms;
  const heapMb = heapUsedMb() - heapBefore;

  // Untimed passes first: latency is reported for a warm process (JIT-compiled), as a running bot is.
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of [...MIX_PLAIN, ...hostile]) engineQuery(index, q);
  const mixSamples: number[] = [];
  const mixCpu: number[] = [];
  const baselineSubsetSamples: number[] = [];
  const baselineMixQueries = MIX_PLAIN.filter((_, i) => i % Math.max(1, Math.floor(MIX_PLAIN.length / plan.baselineMix)) === 0).slice(0, plan.baselineMix);
  for (let round = 0; round < plan.rounds; round++) {
    for (const q of MIX_PLAIN) {
      const { ms, cpuMs } = time(() => engineQuery(index, q));
      mixSamples.push(ms);
      mixCpu.push(cpuMs);
      if (round === 0 && baselineMixQueries.includes(q)) baselineSubsetSamples.push(ms);
    }
  }
  const hostileSamples: number[] = [];
  const hostileCpu: number[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    for (const q of hostile) {
      const { ms, cpuMs } = time(() => engineQuery(index, q));
      hostileSamples.push(ms);
      hostileCpu.push(cpuMs);
    }
  }

  let hits = 0;
  let hitsOnSubset = 0;
  judged.forEach((q, i) => {
    const ok = hitAt3(engineQuery(index, q.text), byId, q.relevant);
    if (ok) hits++;
    if (ok && i < plan.baselineJudged) hitsOnSubset++;
  });

  let baseline: SearchBenchRow['baseline'] = null;
  let speedupP50: number | null = null;
  let speedupP99: number | null = null;
  if (plan.baselineMix > 0) {
    const heapBeforeFuse = heapUsedMb();
    const fuseBuilt = time(() => new Fuse(docs, { keys: ['text'] }));
    const fuse = fuseBuilt.value;
    const fuseHeap = heapUsedMb() - heapBeforeFuse;
    const fuseSamples = baselineMixQueries.map((q) => time(() => fuse.search(q)).ms);
    let fuseHits = 0;
    for (const q of judged.slice(0, plan.baselineJudged)) {
      if (hitAt3(fuse.search(q.text).slice(0, 3).map((r) => r.item.id), byId, q.relevant)) fuseHits++;
    }
    const fuseStats = stats(fuseSamples);
    const engineSubset = stats(baselineSubsetSamples);
    baseline = { buildMs: fuseBuilt.ms, heapMb: fuseHeap, mix: fuseStats, hitAt3: fuseHits, judged: Math.min(plan.baselineJudged, judged.length) };
    speedupP50 = fuseStats.p50 / Math.max(engineSubset.p50, 1e-3);
    speedupP99 = fuseStats.p99 / Math.max(engineSubset.p99, 1e-3);
    if (plan.baselineMix < MIX_PLAIN.length) {
      notes.push(`${plan.size} sentences: baseline ran ${plan.baselineMix} of ${MIX_PLAIN.length} mix queries and ${plan.baselineJudged} of ${judged.length} judged queries (fuse.js scans every sentence per query); speed-up compares both on those same queries.`);
    }
  }
  return {
    corpus: `generated ${plan.size >= 1000 ? `${plan.size / 1000}k` : plan.size}`,
    sentences: docs.length,
    engine: { buildMs, heapMb, mix: stats(mixSamples), mixCpu: stats(mixCpu), hostile: stats(hostileSamples), hostileCpu: stats(hostileCpu), hitAt3: hits, judged: judged.length, hitAt3OnBaselineSubset: baseline === null ? null : hitsOnSubset },
    baseline,
    speedupP50,
    speedupP99,
  };
}

/** The seed articles as search documents: through the real ingest parser when it exists, else a naive sentence split. */
async function seedDocs(dir: string): Promise<SearchDoc[]> {
  const parserPath = fileURLToPath(new URL('../../src/ingest/parse-article.ts', import.meta.url));
  type ParsedArticle = { title: string; outlet: string | null; published: string | null; sentences: readonly { index: number; text: string }[] };
  let parse: ((file: string, text: string) => unknown) | null = null;
  if (existsSync(parserPath)) {
    const mod = (await import(pathToFileURL(parserPath).href)) as { parseArticle?: (file: string, text: string) => unknown };
    parse = mod.parseArticle ?? null;
  }
  const docs: SearchDoc[] = [];
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    let article: ParsedArticle | null = null;
    if (parse !== null) {
      const result = parse(file, text) as { ok?: boolean; value?: ParsedArticle } | ParsedArticle;
      article = 'sentences' in result ? result : result.ok === true && result.value !== undefined ? result.value : null;
    }
    if (article !== null) {
      for (const s of article.sentences) {
        docs.push({ id: `${file}:${s.index}`, text: s.text, title: article.title, outlet: article.outlet, ...(article.published ? { date: article.published } : {}) });
      }
      continue;
    }
    const sentences = text.split(/\n+|(?<=[.!?]["”’]?)\s+(?=[A-Z“"])/).map((s) => s.trim()).filter((s) => s.length > 0);
    sentences.forEach((s, i) => docs.push({ id: `${file}:${i}`, text: s }));
  }
  return docs;
}

async function benchSeed(notes: string[]): Promise<{ row: SearchBenchRow; readyMs: number }> {
  const dir = fileURLToPath(new URL('../../data/articles/', import.meta.url));
  const moduleReadyMs = performance.now();
  const parsed = await (async () => {
    const start = performance.now();
    const value = await seedDocs(dir);
    return { value, ms: performance.now() - start };
  })();
  const docs = parsed.value;
  const built = time(() => createSearchIndex(docs));
  const firstQuery = time(() => engineQuery(built.value, 'Puttin')); // the first query builds the speller: "ready" includes it
  const readyMs = performance.now();
  notes.push(`seed start-up: modules loaded (tsx compile included) at ${moduleReadyMs.toFixed(0)} ms after process start, read+parse ${parsed.ms.toFixed(0)} ms, index build ${built.ms.toFixed(1)} ms, first query ${firstQuery.ms.toFixed(1)} ms.`);
  const index = built.value;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const q of [...MIX_PLAIN, ...hostileQueries()]) engineQuery(index, q); // as above
  const mix: number[] = [];
  const mixCpu: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of MIX_PLAIN) {
      const { ms, cpuMs } = time(() => engineQuery(index, q));
      mix.push(ms);
      mixCpu.push(cpuMs);
    }
  }
  const hostile: number[] = [];
  const hostileCpu: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const q of hostileQueries()) {
      const { ms, cpuMs } = time(() => engineQuery(index, q));
      hostile.push(ms);
      hostileCpu.push(cpuMs);
    }
  }
  const fuseBuilt = time(() => new Fuse(docs, { keys: ['text'] }));
  const fuseMix = MIX_PLAIN.map((q) => time(() => fuseBuilt.value.search(q)).ms);
  const engineMix = stats(mix);
  const fuseStats = stats(fuseMix);
  notes.push(`seed corpus: ${docs.length} sentences from ${dir}; no judged queries there (hit@3 is measured on the generated corpora).`);
  return {
    readyMs,
    row: {
      corpus: 'seed articles',
      sentences: docs.length,
      engine: { buildMs: built.ms, heapMb: 0, mix: engineMix, mixCpu: stats(mixCpu), hostile: stats(hostile), hostileCpu: stats(hostileCpu), hitAt3: 0, judged: 0, hitAt3OnBaselineSubset: null },
      baseline: { buildMs: fuseBuilt.ms, heapMb: 0, mix: fuseStats, hitAt3: 0, judged: 0 },
      speedupP50: fuseStats.p50 / Math.max(engineMix.p50, 1e-3),
      speedupP99: fuseStats.p99 / Math.max(engineMix.p99, 1e-3),
    },
  };
}

export async function benchSearch(options: { readonly sizes?: readonly number[] } = {}): Promise<SearchBenchReport> {
  const notes: string[] = [];
  const seed = await benchSeed(notes);
  const rows: SearchBenchRow[] = [seed.row];
  const plans: SizePlan[] = [
    { size: 1_000, rounds: 20, baselineMix: MIX_PLAIN.length, baselineJudged: 60 },
    { size: 10_000, rounds: 10, baselineMix: 12, baselineJudged: 12 },
    { size: 100_000, rounds: 5, baselineMix: 6, baselineJudged: 6 },
  ].filter((p) => options.sizes === undefined || options.sizes.includes(p.size));
  for (const plan of plans) rows.push(benchGenerated(plan, notes));
  notes.push(`engine latency is measured after ${WARM_UP_PASSES} untimed warm-up passes over the query mix (about 170 queries), as in a running bot; the baseline gets none (a scan of every sentence dwarfs its JIT warm-up).`);
  notes.push('hostile queries (10,000 characters, 10k spaces, !zzzz, (a+)+$, unbalanced quotes, 50 ORs, control characters …) run through the engine only; the baseline would take minutes on them.');
  if ((globalThis as { gc?: unknown }).gc === undefined) notes.push('heap figures are without --expose-gc, so they include garbage.');
  return { rows, seedReadyMs: seed.readyMs, notes, loadAverage: loadavg(), cpus: availableParallelism() };
}

export function formatSearchBench(report: SearchBenchReport): string {
  const f = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const lines = [
    '| corpus | sentences | engine build ms | engine heap MB | engine p50/p99 ms | hostile p50/p99 ms | engine hit@3 | fuse build ms | fuse heap MB | fuse p50/p99 ms | fuse hit@3 (engine on same) | speed-up p50 / p99 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.rows) {
    const e = r.engine;
    const b = r.baseline;
    lines.push([
      '', r.corpus, r.sentences, f(e.buildMs), e.heapMb === 0 ? '–' : f(e.heapMb), `${f(e.mix.p50)} / ${f(e.mix.p99)}`,
      `${f(e.hostile.p50)} / ${f(e.hostile.p99)}`, e.judged === 0 ? '–' : `${e.hitAt3}/${e.judged}`,
      b === null ? '–' : f(b.buildMs), b === null || b.heapMb === 0 ? '–' : f(b.heapMb), b === null ? '–' : `${f(b.mix.p50)} / ${f(b.mix.p99)} (n=${b.mix.count})`,
      b === null || b.judged === 0 ? '–' : `${b.hitAt3}/${b.judged} (${e.hitAt3OnBaselineSubset ?? '–'}/${b.judged})`,
      r.speedupP50 === null ? '–' : `${f(r.speedupP50)}× / ${f(r.speedupP99 ?? 0)}×`, '',
    ].join(' | ').trim());
  }
  lines.push('', `seed corpus ready ${f(report.seedReadyMs)} ms after process start; load average during the run ${report.loadAverage.map((l) => l.toFixed(1)).join(' / ')} on ${report.cpus} CPUs`, ...report.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  void benchSearch(sizes.length > 0 ? { sizes } : {}).then((report) => {
    process.stdout.write(`${formatSearchBench(report)}\n`);
  });
}
