/** The Bot every adapter talks to: text in, Answer out, one log line per message, and no exception ever escapes. */
import type { Answer } from './answer/answer.js';
import { problem } from './answer/answer.js';
import { answerCommand } from './engine/answer-command.js';
import type { Corpus } from './engine/corpus.js';
import { parseCommand, type DigestAction } from './engine/parse-command.js';
import type { ChatContext, Clock, Logger } from './ports.js';

export interface Bot {
  /** `adapter` names the surface for the log line (console, slack, discord, cli). */
  answer(text: string, meta?: { readonly adapter?: string }): Answer;
  /** What chat adapters call: like `answer`, and `digest …` commands reach the subscriptions with who asked and where. */
  handle(text: string, context: ChatContext): Promise<Answer>;
}

/** `digest subscribe|unsubscribe|status|preview`: needs the store, so it lives outside the pure engine. */
export interface DigestCommands {
  run(action: DigestAction, context: ChatContext): Promise<Answer>;
}

export interface BotDeps {
  readonly corpus: Corpus;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Absent where no store is wired (the plain CLI): `digest …` then answers through the engine. */
  readonly digest?: DigestCommands;
}

export function createBot({ corpus, clock, logger, digest }: BotDeps): Bot {
  const bot: Bot = {
    async handle(text, context) {
      const command = parseCommand(text);
      if (command.kind !== 'digest' || !digest) return bot.answer(text, { adapter: context.surface });
      const started = performance.now();
      try {
        const answer = await digest.run(command.digest, context);
        logger.info('answered', { adapter: context.surface, queryKind: 'digest', answerKind: answer.kind, ms: Math.round(performance.now() - started) });
        return answer;
      } catch (error) {
        logger.error('digest command failed', { code: 'internal', adapter: context.surface, err: error });
        return problem('internal-error', 'Sorry, the digest settings could not be read or saved just now. Please try again in a minute.', ['digest status']);
      }
    },
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
  return bot;
}

/** The real calendar day in UTC: the one place the core's "today" comes from the wall clock. */
export const systemClock: Clock = { today: () => new Date().toISOString().slice(0, 10) as ReturnType<Clock['today']> };
