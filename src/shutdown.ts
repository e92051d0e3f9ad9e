/**
 * Graceful shutdown: named steps run in order (stop intake, drain, close), each logged with its duration; the whole run is
 * bounded, so a hung step cannot keep the process past the orchestrator's kill deadline (10 s here, under Kubernetes' 30 s).
 */
import type { Logger } from './ports.js';

export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void> | void;
}

export interface Shutdown {
  /** Adds a step; steps run in the order they were added. */
  add(step: ShutdownStep): void;
  /** Runs the steps once (later calls get the same promise); resolves true when every step finished in time. */
  run(reason: string): Promise<boolean>;
  readonly started: boolean;
}

export const SHUTDOWN_DEADLINE_MS = 10_000;
/** Leaves time for the exit itself and for the last log line to reach stderr. */
const STEPS_BUDGET_MS = SHUTDOWN_DEADLINE_MS - 1_500;

export function createShutdown(logger: Logger, budgetMs = STEPS_BUDGET_MS): Shutdown {
  const steps: ShutdownStep[] = [];
  let running: Promise<boolean> | null = null;

  const runSteps = async (reason: string): Promise<boolean> => {
    const started = performance.now();
    logger.info('shutting down', { reason, steps: steps.map((s) => s.name) });
    let clean = true;
    for (const step of steps) {
      const left = budgetMs - (performance.now() - started);
      const stepStarted = performance.now();
      const outcome = await runWithin(step, Math.max(left, 0));
      const ms = Math.round(performance.now() - stepStarted);
      if (outcome === 'ok') logger.debug('shutdown step done', { step: step.name, ms });
      else {
        clean = false;
        if (outcome === 'timeout') logger.error('shutdown step timed out', { code: 'internal', step: step.name, ms });
        else logger.error('shutdown step failed', { code: 'internal', step: step.name, ms, err: outcome.error });
      }
    }
    logger.info('shut down', { reason, clean, ms: Math.round(performance.now() - started) });
    return clean;
  };

  return {
    add(step) {
      steps.push(step);
    },
    run(reason) {
      running ??= runSteps(reason);
      return running;
    },
    get started() {
      return running !== null;
    },
  };
}

async function runWithin(step: ShutdownStep, ms: number): Promise<'ok' | 'timeout' | { error: unknown }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    return await Promise.race([
      Promise.resolve().then(() => step.run()).then(() => 'ok' as const, (error: unknown) => ({ error })),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
