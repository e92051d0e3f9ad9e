/** Runs the digest job at most once at a time in this process, and stops cleanly: what each node-cron tick calls. */
import { runDailyDigest, type DigestRunDeps, type DigestRunReport } from './run-daily-digest.js';

export interface DigestRunner {
  /** Starts a run, or returns null at once when one is still going (ticks never overlap) or the runner is stopped. */
  tick(): Promise<DigestRunReport | null>;
  /** No new run starts; waits for the one in flight, which gives back any claim it has not posted yet. */
  stop(): Promise<void>;
  /** Runs that found the previous one still going: a slow platform or store shows here. */
  readonly overlaps: number;
}

export function createDigestRunner(deps: Omit<DigestRunDeps, 'signal' | 'settled'>): DigestRunner {
  const abort = new AbortController();
  let running: Promise<DigestRunReport> | null = null;
  let overlaps = 0;
  const settled = new Set<string>();
  return {
    tick() {
      if (abort.signal.aborted) return Promise.resolve(null);
      if (running) {
        overlaps += 1;
        deps.logger.debug('digest run skipped: the previous run is still going', { overlaps });
        return Promise.resolve(null);
      }
      const run = runDailyDigest({ ...deps, signal: abort.signal, settled });
      running = run;
      return run.finally(() => {
        running = null;
      });
    },
    async stop() {
      abort.abort();
      await running;
    },
    get overlaps() {
      return overlaps;
    },
  };
}
