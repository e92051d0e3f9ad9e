/** The Discord DigestPublisher: a digest is one REST channel message whose nonce names its key, so a retry posts nothing new. */
import { createHash } from 'node:crypto';
import { DiscordAPIError, RESTJSONErrorCodes, Routes, SnowflakeUtil, type APIMessage, type REST } from 'discord.js';
import { formatDate } from '../../src/answer/format-date.js';
import { BotError } from '../../src/errors.js';
import type { DigestPost, DigestPublisher, Logger, PublishResult } from '../../src/ports.js';
import { LIMITS } from './discord-limits.js';
import { NO_PINGS } from './interaction-responders.js';
import { renderDiscord } from './render-discord.js';

/** Errors that mean the channel is not ours to post in any more: retrying cannot help, the subscription is disabled. */
const GONE: ReadonlyMap<number, string> = new Map([
  [RESTJSONErrorCodes.UnknownChannel, 'the channel no longer exists'],
  [RESTJSONErrorCodes.MissingAccess, 'the bot can no longer see the channel (removed from the server, or the channel hidden)'],
  [RESTJSONErrorCodes.MissingPermissions, 'the bot may not send messages in the channel'],
]);

/**
 * `d<yyyymmdd>-<hash of the key>`, 25 characters (Discord's nonce limit): the same digest always gets the same nonce,
 * and `enforce_nonce` makes Discord return the first message instead of creating a second one "in the past few minutes".
 */
export function digestNonce(post: Pick<DigestPost, 'key' | 'localDate'>): string {
  const day = post.localDate.replace(/-/g, '');
  const hash = createHash('sha256').update(post.key).digest('base64url');
  return `d${day}-${hash}`.slice(0, LIMITS.nonce);
}

/** The footer marker: history does not return nonces, so a post older than Discord's nonce window is found by this. */
const marker = (nonce: string): string => `ref ${nonce}`;

/** The smallest snowflake of that millisecond: `after` it lists every message created since. */
const snowflakeAt = (when: Date): string => ((BigInt(when.getTime()) - SnowflakeUtil.epoch) << 22n).toString();

export interface DigestPublisherDeps {
  readonly rest: REST;
  readonly logger: Logger;
}

function classify(error: unknown, action: string): PublishResult {
  if (error instanceof DiscordAPIError && typeof error.code === 'number' && GONE.has(error.code)) {
    return { kind: 'channel-gone', reason: `${GONE.get(error.code)} (Discord ${error.code})` };
  }
  throw new BotError('platform_send_failed', `Discord ${action} failed`, { cause: error });
}

export function createDiscordDigestPublisher({ rest, logger }: DigestPublisherDeps): DigestPublisher {
  let me: Promise<string> | null = null;
  const botUserId = (): Promise<string> => {
    me ??= (rest.get(Routes.user('@me')) as Promise<{ id: string }>).then((u) => u.id).catch((error: unknown) => {
      me = null;
      throw error;
    });
    return me;
  };
  return {
    platform: 'discord',
    async publish(post) {
      const nonce = digestNonce(post);
      const rendered = renderDiscord(post.answer, { buttons: false, footerNote: `Summit daily digest · ${formatDate(post.localDate)} · ${marker(nonce)}` });
      const body = {
        ...(rendered.content ? { content: rendered.content } : {}),
        embeds: rendered.embeds,
        allowed_mentions: { parse: [...NO_PINGS.parse] },
        nonce,
        enforce_nonce: true,
      };
      try {
        const message = (await rest.post(Routes.channelMessages(post.channel.channelId), { body })) as APIMessage;
        logger.info('discord digest posted', { adapter: 'discord', channel: post.channel.channelId, localDate: post.localDate, messageId: message.id });
        return { kind: 'posted', messageId: message.id };
      } catch (error) {
        return classify(error, 'digest post');
      }
    },
    async findPosted(post, since) {
      const nonce = digestNonce(post);
      try {
        const [author, messages] = await Promise.all([
          botUserId(),
          rest.get(Routes.channelMessages(post.channel.channelId), {
            // Up to 100 messages created after `since` (snowflakes are time-ordered): a digest channel is not that busy.
            query: new URLSearchParams({ limit: '100', after: snowflakeAt(since) }),
          }) as Promise<APIMessage[]>,
        ]);
        const ours = messages.find((m) => m.author.id === author && (m.nonce === nonce || m.embeds.some((e) => e.footer?.text.includes(marker(nonce)))));
        return ours?.id ?? null;
      } catch (error) {
        // A channel that is gone holds no post (publish will then report it gone); anything else throws from classify.
        classify(error, 'history read');
        return null;
      }
    },
  };
}
