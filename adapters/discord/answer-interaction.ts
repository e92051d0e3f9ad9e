/** The 3-second rule for one interaction: answer at once when the answer is quick, otherwise defer and edit it in. */
import type { Answer } from '../../src/answer/answer.js';
import type { DiscordReply } from './render-discord.js';

/** The few ways to answer an interaction; built from a discord.js interaction by interaction-responders.ts. */
export interface InteractionResponder {
  /** The initial response: public, or seen by the asker alone. */
  reply(reply: DiscordReply, ephemeral: boolean): Promise<void>;
  /** Acknowledges now (a loading state) so the answer may take up to the token's 15 minutes. */
  defer(): Promise<void>;
  /** Replaces the deferred loading state with the answer. */
  edit(reply: DiscordReply): Promise<void>;
  /** After a public defer, a problem is shown to the asker alone (a deferred message cannot turn ephemeral). */
  editWithProblem(reply: DiscordReply): Promise<void>;
}

/**
 * Discord invalidates the token when no initial response arrives within 3 s of the event, network time included.
 * Waiting at most 1 s for the answer leaves the rest for a loaded host and the round trip of the defer itself.
 */
export const DEFER_AFTER_MS = 1000;

export interface AnswerInteractionOptions {
  readonly work: Promise<Answer>;
  readonly respond: InteractionResponder;
  readonly render: (answer: Answer) => DiscordReply;
  readonly deferAfterMs?: number;
}

/** Resolves once the asker has the answer; rejects with the platform's error when a response could not be sent. */
export async function answerInteraction({ work, respond, render, deferAfterMs = DEFER_AFTER_MS }: AnswerInteractionOptions): Promise<'replied' | 'deferred'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), deferAfterMs);
  });
  const quick = await Promise.race([work, late]).finally(() => clearTimeout(timer));
  if (quick) {
    await respond.reply(render(quick), quick.kind === 'problem');
    return 'replied';
  }
  await respond.defer();
  const answer = await work;
  await (answer.kind === 'problem' ? respond.editWithProblem(render(answer)) : respond.edit(render(answer)));
  return 'deferred';
}
