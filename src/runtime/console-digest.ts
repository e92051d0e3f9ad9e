/**
 * The console's own daily digest. A console run starts no scheduler by default (opening the embedded store costs up to
 * several seconds on a fresh machine), so it starts one when the store already holds state from an earlier run or once a
 * `digest …` command has been answered here; subscriptions made at the console then print at their time.
 */
import { createConsolePublisher } from '../../adapters/console/index.js';
import type { Bot } from '../bot.js';
import { parseCommand } from '../engine/parse-command.js';
import { instrumentPublisher } from '../metrics/instrument-publisher.js';
import type { DigestRunner } from '../schedule/digest-runner.js';
import { startDigestScheduler, type DigestScheduler, type DigestSchedulerDeps } from '../schedule/start-schedule.js';

export interface ConsoleDigestDeps extends Omit<DigestSchedulerDeps, 'publishers'> {
  readonly output: NodeJS.WritableStream;
  readonly json: boolean;
  /** True when subscriptions may already exist: the scheduler starts at once instead of on the first digest command. */
  readonly storeHasState: boolean;
}

export interface ConsoleDigest {
  /** The bot the console session talks to: the same answers, and a digest command starts the schedule. */
  readonly bot: Bot;
  readonly started: () => boolean;
  /** The running scheduler's runner (a run now: tests), null until the schedule has started. */
  readonly runner: () => DigestRunner | null;
  stop(): Promise<void>;
}

export function createConsoleDigest(bot: Bot, deps: ConsoleDigestDeps): ConsoleDigest {
  const { output, json, storeHasState, ...schedulerDeps } = deps;
  const publisher = instrumentPublisher(createConsolePublisher({ output, json }), deps.logger);
  let scheduler: DigestScheduler | null = null;
  let stopped = false;
  const start = (): void => {
    if (scheduler || stopped) return;
    scheduler = startDigestScheduler({ ...schedulerDeps, publishers: [publisher] });
  };
  if (storeHasState) start();
  return {
    bot: {
      answer: (text, meta) => bot.answer(text, meta),
      async handle(text, context) {
        const answer = await bot.handle(text, context);
        if (parseCommand(text).kind === 'digest') start();
        return answer;
      },
    },
    started: () => scheduler !== null,
    runner: () => scheduler?.runner ?? null,
    async stop() {
      stopped = true;
      await scheduler?.stop();
    },
  };
}
