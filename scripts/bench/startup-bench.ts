/**
 * Start-up bench: the bot as `npm start` runs it (node dist/src/main.js after the fast build), in fresh processes, with
 * empty input; the figure is its own "corpus ready" log line's time since process start.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartupReport {
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly wallMs: readonly number[];
  readonly articles: number;
  readonly events: number;
}

export function benchStartup(runs = 5): StartupReport {
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-fast.mjs')], { cwd: repoRoot });
  const ready: { sinceStartMs: number; articles: number; events: number }[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'src', 'main.js')], {
      cwd: repoRoot, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info' },
    });
    wall.push(Math.round(performance.now() - started));
    const line = child.stderr.split('\n').find((l) => l.includes('"corpus ready"'));
    if (!line) throw new Error(`no "corpus ready" line from the bot:\n${child.stderr}`);
    ready.push(JSON.parse(line) as { sinceStartMs: number; articles: number; events: number });
  }
  const times = ready.map((r) => r.sinceStartMs).sort((a, b) => a - b);
  return { runs: times, medianMs: times[Math.floor(times.length / 2)] ?? 0, wallMs: wall, articles: ready[0]?.articles ?? 0, events: ready[0]?.events ?? 0 };
}

export function formatStartup(report: StartupReport): string {
  return `Seed corpus ready (node dist/src/main.js: read 5 files, ingest, tagging, events, index): median ${report.medianMs} ms after process start over ${report.runs.length} runs (${report.runs.join(', ')} ms); whole process with empty input ${report.wallMs.join(', ')} ms; ${report.articles} articles, ${report.events} events.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(formatStartup(benchStartup()));
