/** The Bot every adapter talks to: text in, Answer out, one log line per message, and no exception ever escapes. */
import type { Answer } from './answer/answer.js';
import { problem } from './answer/answer.js';
import { answerCommand } from './engine/answer-command.js';
import type { Corpus } from './engine/corpus.js';
import { parseCommand } from './engine/parse-command.js';
import type { Clock, Logger } from './ports.js';

export interface Bot {
  /** `adapter` names the surface for the log line (console, slack, discord, cli). */
  answer(text: string, meta?: { readonly adapter?: string }): Answer;
}

export interface BotDeps {
  readonly corpus: Corpus;
  readonly clock: Clock;
  readonly logger: Logger;
}

export function createBot({ corpus, clock, logger }: BotDeps): Bot {
  return {
    answer(text, meta = {}) {
      const started = performance.now();
      const command = parseCommand(text);
      try {
        const answer = answerCommand(corpus, command, { today: clock.today() });
        logger.info('answered', { adapter: meta.adapter ?? 'unknown', queryKind: command.kind, answerKind: answer.kind, ms: Math.round(performance.now() - started) });
        return answer;
      } catch (error) {
        // A bug in one answer must not take the bot down: log it once here and apologise to the user.
        logger.error('answer failed', { code: 'internal', adapter: meta.adapter ?? 'unknown', queryKind: command.kind, err: error });
        return problem('internal-error', 'Sorry, something went wrong while answering that. The error has been logged.', ['help']);
      }
    },
  };
}

/** The real calendar day in UTC: the one place the core's "today" comes from the wall clock. */
export const systemClock: Clock = { today: () => new Date().toISOString().slice(0, 10) as ReturnType<Clock['today']> };
