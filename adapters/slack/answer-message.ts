/** Mentions → an answer in a thread under the mention; direct messages → an answer in place. */
import type { Bot } from '../../src/bot.js';
import { parseCommand } from '../../src/engine/parse-command.js';
import { apology, errorCode } from './apology.js';
import { callOptions, callSlack, type CallDeps } from './call-slack.js';
import type { ChatContexts } from './chat-context.js';
import { renderSlack } from './render-slack.js';
import type { SlackMessage } from './slack-blocks.js';
import type { SlackWeb } from './slack-web.js';
import { slackTextToPlain } from './translate-text.js';

/** The fields of an `app_mention` or `message.im` event Summit reads. */
export interface MessageEvent {
  readonly text?: string;
  readonly user?: string;
  readonly channel: string;
  readonly ts: string;
  readonly thread_ts?: string;
  readonly team?: string;
  readonly subtype?: string;
  readonly bot_id?: string;
  readonly channel_type?: string;
}

export interface MessageDeps extends CallDeps {
  readonly bot: Bot;
  readonly contexts: ChatContexts;
  readonly command: string;
}

type Handler = (args: { event: MessageEvent; client: SlackWeb; teamId: string | null }) => Promise<void>;

/** Only what a person typed: edits, joins, bot posts (our own included) and other subtypes are not questions. */
export const isQuestion = (event: MessageEvent): boolean => event.subtype === undefined && event.bot_id === undefined && typeof event.user === 'string';

function createMessageHandler(deps: MessageDeps, where: 'thread' | 'in-place'): Handler {
  return async ({ event, client, teamId }) => {
    if (!isQuestion(event) || event.user === undefined) return;
    const user = event.user;
    const text = slackTextToPlain(event.text ?? '');
    const threadTs = where === 'thread' ? (event.thread_ts ?? event.ts) : event.thread_ts;
    const send = (message: SlackMessage, ephemeral: boolean): Promise<unknown> => {
      const args = { channel: event.channel, ...message, ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false, unfurl_media: false } as const;
      return ephemeral
        ? callSlack(() => client.chat.postEphemeral({ ...args, user }), callOptions(deps, 'chat.postEphemeral', false))
        : callSlack(() => client.chat.postMessage(args), callOptions(deps, 'chat.postMessage', false));
    };
    const command = parseCommand(text);
    // Help in a channel goes to the asker alone: the command list must never flood a shared channel.
    const ephemeral = where === 'thread' && command.kind === 'help';
    try {
      const context = await deps.contexts.build({ teamId, channelId: event.channel, userId: user, needsPermission: command.kind === 'digest' });
      const answer = await deps.bot.handle(text, context);
      await send(renderSlack(answer, { command: deps.command }), ephemeral);
    } catch (error) {
      deps.logger.error('slack message answer failed', { code: errorCode(error), err: error });
      await send(apology(), true).catch((sendError: unknown) => deps.logger.error('slack apology failed', { code: errorCode(sendError), err: sendError }));
    }
  };
}

export const createMentionHandler = (deps: MessageDeps): Handler => createMessageHandler(deps, 'thread');
export const createDirectMessageHandler = (deps: MessageDeps): Handler => createMessageHandler(deps, 'in-place');
