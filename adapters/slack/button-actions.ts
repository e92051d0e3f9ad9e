/** Button clicks: "More" shows the next page to the clicker; "Post in channel" turns an ephemeral answer into a visible one. */
import type { Bot } from '../../src/bot.js';
import { parseCommand } from '../../src/engine/parse-command.js';
import type { Logger } from '../../src/ports.js';
import { apology, errorCode } from './apology.js';
import type { ChatContexts } from './chat-context.js';
import { renderSlack } from './render-slack.js';
import type { AckFn, Responder } from './slash-command.js';

/** The fields of a `block_actions` payload Summit reads. */
export interface ActionPayload {
  readonly user: { readonly id: string; readonly team_id?: string };
  readonly team?: { readonly id: string } | null;
  readonly channel?: { readonly id: string };
  readonly container?: { readonly is_ephemeral?: boolean };
  readonly response_url?: string;
}

export interface ActionDeps {
  readonly bot: Bot;
  readonly contexts: ChatContexts;
  readonly command: string;
  readonly respond: Responder;
  readonly logger: Logger;
}

type ActionHandler = (args: { ack: AckFn; body: ActionPayload; value: string }) => Promise<void>;

function createActionHandler(deps: ActionDeps, reply: (text: string, body: ActionPayload, answer: Awaited<ReturnType<Bot['handle']>>) => object): ActionHandler {
  return async ({ ack, body, value }) => {
    // Buttons must be acked within 3 s like commands; the answer follows through response_url.
    await ack();
    const responseUrl = body.response_url;
    const channelId = body.channel?.id;
    // A button replays a read-only command; digest commands change settings and are never replayed from a click.
    if (!responseUrl || !channelId || value === '' || parseCommand(value).kind === 'digest') return;
    try {
      const context = await deps.contexts.build({ teamId: body.team?.id ?? body.user.team_id ?? null, channelId, userId: body.user.id, needsPermission: false });
      const answer = await deps.bot.handle(value, context);
      await deps.respond(responseUrl, reply(value, body, answer));
    } catch (error) {
      deps.logger.error('slack button failed', { code: errorCode(error), err: error });
      await deps.respond(responseUrl, { response_type: 'ephemeral', replace_original: false, ...apology() }).catch(() => undefined);
    }
  };
}

/** On an ephemeral answer the page replaces it; under a visible reply the next page goes to the clicker alone. */
export const createMoreHandler = (deps: ActionDeps): ActionHandler =>
  createActionHandler(deps, (text, body, answer) => ({
    response_type: 'ephemeral',
    replace_original: body.container?.is_ephemeral === true,
    ...renderSlack(answer, { command: deps.command, shareText: text }),
  }));

/** Posts the answer for everyone (as the app, so it works where Summit is not a member) and removes the private copy. */
export const createShareHandler = (deps: ActionDeps): ActionHandler =>
  createActionHandler(deps, (_text, body, answer) => ({
    response_type: 'in_channel',
    delete_original: true,
    ...renderSlack(answer, { command: deps.command, sharedBy: body.user.id }),
  }));
