/**
 * Start-up bench: the bot as `npm start` runs it (node dist/src/main.js after the fast build), in fresh processes, with
 * empty input; the figure is its own "corpus ready" log line's time since process start.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartupReport {
  /** The first start with an empty state folder: every article analysed. */
  readonly coldMs: number;
  /** Later starts, with the analysis cache the first one wrote. */
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
  const stateDir = mkdtempSync(path.join(os.tmpdir(), 'summit-startup-'));
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'src', 'main.js')], {
      cwd: repoRoot, input: '', encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', SUMMIT_STATE_DIR: stateDir },
    });
    wall.push(Math.round(performance.now() - started));
    const line = child.stderr.split('\n').find((l) => l.includes('"corpus ready"'));
    if (!line) throw new Error(`no "corpus ready" line from the bot:\n${child.stderr}`);
    ready.push(JSON.parse(line) as { sinceStartMs: number; articles: number; events: number });
  }
  rmSync(stateDir, { recursive: true, force: true });
  const [cold, ...warm] = ready;
  const times = warm.map((r) => r.sinceStartMs).sort((a, b) => a - b);
  wall.shift();
  return { coldMs: cold?.sinceStartMs ?? 0, runs: times, medianMs: times[Math.floor(times.length / 2)] ?? 0, wallMs: wall, articles: ready[0]?.articles ?? 0, events: ready[0]?.events ?? 0 };
}

export function formatStartup(report: StartupReport): string {
  return `Seed corpus ready (node dist/src/main.js: read and parse 5 files, tag, extract and merge events, build the index), ms after process start: first start (empty state folder, everything analysed) ${report.coldMs} ms; later starts (analysis cache) median ${report.medianMs} ms over ${report.runs.length} runs (${report.runs.join(', ')}); whole process with empty input ${report.wallMs.join(', ')} ms; ${report.articles} articles, ${report.events} events.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(formatStartup(benchStartup()));
