/** Start-up bench: the seed corpus built and ready, measured from process start in fresh child processes. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface StartupReport {
  readonly runs: readonly number[];
  readonly medianMs: number;
  readonly articles: number;
  readonly events: number;
}

export function benchStartup(runs = 5): StartupReport {
  const results: { readyMs: number; articles: number; events: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts', 'bench', 'ready-probe.ts')], { cwd: repoRoot, encoding: 'utf8' });
    results.push(JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as { readyMs: number; articles: number; events: number });
  }
  const times = results.map((r) => Math.round(r.readyMs)).sort((a, b) => a - b);
  return { runs: times, medianMs: times[Math.floor(times.length / 2)] ?? 0, articles: results[0]?.articles ?? 0, events: results[0]?.events ?? 0 };
}

export function formatStartup(report: StartupReport): string {
  return `Seed corpus ready from process start (node + tsx + ingest + tagging + events + index): median ${report.medianMs} ms over ${report.runs.length} runs (${report.runs.join(', ')} ms); ${report.articles} articles, ${report.events} events.`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) console.log(formatStartup(benchStartup()));
