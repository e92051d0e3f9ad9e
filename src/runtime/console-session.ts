/** The console adapter with an input main can end: on shutdown it stops reading and answers what it already read. */
import { PassThrough } from 'node:stream';
import { runConsoleAdapter, type ConsoleAdapterOptions } from '../../adapters/console/index.js';
import type { Bot } from '../bot.js';

export interface ConsoleSession {
  /** Resolves when input ended (or the user quit) and every line read has been answered. */
  readonly done: Promise<void>;
  /** Stops reading new lines; lines already read are still answered. */
  stop(): void;
}

export function startConsoleSession(bot: Bot, options: ConsoleAdapterOptions): ConsoleSession {
  // At a terminal readline needs the TTY itself (raw mode, echo), and the process exits after shutdown anyway.
  if (options.interactive) return { done: runConsoleAdapter(bot, options), stop: () => undefined };
  const input = new PassThrough();
  const source = options.input;
  source.pipe(input);
  return {
    done: runConsoleAdapter(bot, { ...options, input }),
    stop() {
      source.unpipe(input);
      input.end();
    },
  };
}
