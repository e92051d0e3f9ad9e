/**
 * Replica start-up with the shared analysis (DATABASE_URL): the bot as the image runs it (node dist/src/main.js) on the
 * generated corpus, in fresh processes against one PostgreSQL schema. Figures are each process's own "corpus ready" time
 * since process start: a first replica (nothing analysed yet), a second one (ready from the first's row), and two
 * replicas started at once on an empty schema (one analyses, the other waits for its row).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { generateCorpus } from './ingest-bench.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Ready {
  readonly sinceStartMs: number;
  readonly analysedFromCache: number;
  readonly articles: number;
}

export interface ReplicaReport {
  readonly articles: number;
  readonly first: Ready;
  readonly second: Ready;
  readonly together: readonly Ready[];
}

function startReplica(dataDir: string, url: string): Promise<Ready> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'dist', 'src', 'main.js')], {
      cwd: repoRoot, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', DATABASE_URL: url, SUMMIT_DATA_DIR: dataDir }, stdio: ['pipe', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.end();
    child.on('close', () => {
      const line = stderr.split('\n').find((l) => l.includes('"corpus ready"'));
      if (!line) reject(new Error(`no "corpus ready" line:\n${stderr}`));
      else resolve(JSON.parse(line) as Ready);
    });
  });
}

async function withSchema<T>(work: (url: string) => Promise<T>): Promise<T> {
  const schema = `summit_bench_${Math.random().toString(16).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  try {
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    return await work(url.toString());
  } finally {
    await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
    await admin.end();
  }
}

export async function benchReplicaStartup(count = 10_000): Promise<ReplicaReport> {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-fast.mjs')], { cwd: repoRoot });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'summit-replicas-'));
  try {
    mkdirSync(dataDir, { recursive: true });
    for (const { file, text } of generateCorpus(count)) writeFileSync(path.join(dataDir, file), text);
    const [first, second] = await withSchema(async (url) => [await startReplica(dataDir, url), await startReplica(dataDir, url)] as const);
    const together = await withSchema((url) => Promise.all([startReplica(dataDir, url), startReplica(dataDir, url)]));
    return { articles: first.articles, first, second, together };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatReplicaStartup(r: ReplicaReport): string {
  const show = (x: Ready): string => `${x.sinceStartMs.toLocaleString('en-US')} ms (${x.analysedFromCache.toLocaleString('en-US')} from the shared analysis)`;
  return [
    `| replica (${r.articles.toLocaleString('en-US')} generated articles, PostgreSQL) | corpus ready after process start |`,
    '|---|---|',
    `| first, empty schema | ${show(r.first)} |`,
    `| second, after the first | ${show(r.second)} |`,
    ...r.together.map((x, i) => `| started together, #${i + 1} | ${show(x)} |`),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const quick = process.argv.includes('--quick');
  console.log(formatReplicaStartup(await benchReplicaStartup(quick ? 1_000 : 10_000)));
}
