/** The digest scheduler's only node-cron use: a tick every 30 s plus one at start; the ledger, not cron, decides what is due. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import cron from 'node-cron';
import { createDigestRunner, type DigestRunner } from './digest-runner.js';
import type { DigestRunDeps } from './run-daily-digest.js';

export interface DigestScheduler {
  /** Stops ticking, waits for an in-flight run, and gives back claims it holds without posting them. */
  stop(): Promise<void>;
  /** One run now (tests, `digest` admin tools); null when a run is already going. */
  readonly runner: DigestRunner;
  readonly owner: string;
}

/**
 * node-cron only triggers: it never catches up runs missed while the process was down and skips a 02:30 New York job
 * on the spring-forward day, so every tick asks the ledger what is due (dueDigests) instead of trusting cron's slot.
 * Every 30 s so a claim whose owner died (60 s lease) is taken over well within 2 minutes.
 */
export const DIGEST_TICK = '*/30 * * * * *';

/** A new owner per start: a restarted process must not mistake its predecessor's claims for its own. */
export const newOwnerId = (): string => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export interface DigestSchedulerDeps extends Omit<DigestRunDeps, 'signal' | 'owner' | 'settled'> {
  readonly owner?: string;
  /** A node-cron expression; default DIGEST_TICK. Process tests tick every second with a short lease. */
  readonly tick?: string;
}

export function startDigestScheduler(deps: DigestSchedulerDeps): DigestScheduler {
  const owner = deps.owner ?? newOwnerId();
  const tick = deps.tick ?? DIGEST_TICK;
  const runner = createDigestRunner({ ...deps, owner });
  // noOverlap as well as the runner's own guard: node-cron then reports the skipped tick instead of queueing it.
  const task = cron.schedule(tick, () => runner.tick(), { name: `summit-digest-${owner}`, noOverlap: true });
  deps.logger.info('digest scheduler started', { owner, tick, catchupHours: deps.settings.catchupHours });
  void runner.tick(); // catch up at once: digests that fell due while the process was down
  return {
    owner,
    runner,
    async stop() {
      await task.stop();
      await task.destroy();
      await runner.stop();
      deps.logger.info('digest scheduler stopped', { owner });
    },
  };
}
