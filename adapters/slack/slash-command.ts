/** `/summit <text>` → bot.handle → an ephemeral Block Kit answer: in the ack when fast, else through response_url. */
import type { Bot } from '../../src/bot.js';
import { parseCommand } from '../../src/engine/parse-command.js';
import type { Logger } from '../../src/ports.js';
import type { ChatContexts } from './chat-context.js';
import { apology, errorCode } from './apology.js';
import { renderSlack } from './render-slack.js';
import type { SlackMessage } from './slack-blocks.js';
import { slackTextToPlain } from './translate-text.js';

/** The fields of Slack's slash-command payload Summit reads. */
export interface SlashPayload {
  readonly text: string;
  readonly user_id: string;
  readonly channel_id: string;
  readonly team_id?: string;
  readonly response_url: string;
}

export type AckFn = (body?: object) => Promise<void>;
export type Responder = (responseUrl: string, payload: object) => Promise<void>;

export interface SlashCommandDeps {
  readonly bot: Bot;
  readonly contexts: ChatContexts;
  readonly command: string;
  readonly respond: Responder;
  readonly logger: Logger;
  /**
   * Slack wants the HTTP answer within 3 s; bolt gives up at 3,001 ms. Waiting at most this long for the engine leaves
   * room for the network, and a slower answer goes through response_url instead.
   */
  readonly ackBudgetMs: number;
}

const LOOKING = { response_type: 'ephemeral', text: 'Looking that up…' } as const;
const TIMED_OUT = Symbol('timed out');

function within<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Help, digest commands and problems are the asker's business: only real answers get a "Post in channel" button. */
export const isShareable = (text: string, answerKind: string): boolean => {
  const kind = parseCommand(text).kind;
  return kind !== 'help' && kind !== 'digest' && answerKind !== 'problem' && answerKind !== 'help';
};

export function createSlashCommand(deps: SlashCommandDeps): (args: { command: SlashPayload; ack: AckFn }) => Promise<void> {
  const answer = async (payload: SlashPayload, text: string): Promise<SlackMessage> => {
    try {
      const context = await deps.contexts.build({
        teamId: payload.team_id ?? null, channelId: payload.channel_id, userId: payload.user_id, needsPermission: parseCommand(text).kind === 'digest',
      });
      const result = await deps.bot.handle(text, context);
      return renderSlack(result, { command: deps.command, ...(isShareable(text, result.kind) ? { shareText: text } : {}) });
    } catch (error) {
      deps.logger.error('slack command failed', { code: errorCode(error), err: error });
      return apology();
    }
  };

  return async ({ command: payload, ack }) => {
    const text = slackTextToPlain(payload.text);
    const work = answer(payload, text);
    const quick = await within(work, deps.ackBudgetMs);
    try {
      if (quick !== TIMED_OUT) {
        await ack({ response_type: 'ephemeral', ...quick });
        return;
      }
      await ack(LOOKING);
      await deps.respond(payload.response_url, { response_type: 'ephemeral', replace_original: true, ...(await work) });
    } catch (error) {
      deps.logger.error('slack command reply failed', { code: errorCode(error), err: error });
    }
  };
}
