/**
 * Digests → chat.postMessage with metadata naming the digest, sent once: the client has retries off (a lost response
 * must not post twice), a 429 waits and resends (nothing was posted), and findPosted reads conversations.history.
 */
import { BotError } from '../../src/errors.js';
import type { DigestPost, DigestPublisher, PublishResult } from '../../src/ports.js';
import { callOptions, callSlack, platformError, type CallDeps } from './call-slack.js';
import { renderSlack } from './render-slack.js';
import type { SlackBlock } from './slack-blocks.js';

export const DIGEST_EVENT_TYPE = 'summit_digest';

interface HistoryMessage {
  readonly ts?: string;
  readonly metadata?: { readonly event_type?: string; readonly event_payload?: { readonly key?: unknown } };
}

/** The Web API members the publisher uses; a WebClient built with `retryConfig: { retries: 0 }` has them. */
export interface DigestWeb {
  readonly chat: {
    postMessage(args: {
      readonly channel: string; readonly text: string; readonly blocks: readonly SlackBlock[];
      readonly metadata: { readonly event_type: string; readonly event_payload: { readonly key: string; readonly local_date: string } };
      readonly unfurl_links: false; readonly unfurl_media: false;
    }): Promise<{ readonly ts?: string }>;
  };
  readonly conversations: {
    history(args: { readonly channel: string; readonly oldest: string; readonly include_all_metadata: true; readonly limit: number; readonly cursor?: string }): Promise<{
      readonly messages?: readonly HistoryMessage[];
      readonly has_more?: boolean;
      readonly response_metadata?: { readonly next_cursor?: string };
    }>;
    join(args: { readonly channel: string }): Promise<unknown>;
  };
}

export interface PublisherDeps extends CallDeps {
  /** The Web API client for a workspace (OAuth: its installation's token; single workspace: SLACK_BOT_TOKEN). */
  readonly clientFor: (workspaceId: string | null) => Promise<DigestWeb>;
  readonly command: string;
}

/** Errors after which posting again cannot help: the scheduler disables the subscription and says why. */
const CHANNEL_GONE = new Set(['channel_not_found', 'not_in_channel', 'is_archived', 'channel_is_archived', 'account_inactive', 'invalid_auth', 'token_revoked']);
/** History pages read before giving up: a day of digests is one message, so a few pages reach far back. */
const MAX_HISTORY_PAGES = 10;

export function createSlackPublisher(deps: PublisherDeps): DigestPublisher {
  const call = <T>(what: string, idempotent: boolean, fn: () => Promise<T>): Promise<T> =>
    callSlack(fn, callOptions(deps, what, idempotent));

  async function post(client: DigestWeb, digest: DigestPost): Promise<string> {
    const message = renderSlack(digest.answer, { command: deps.command });
    const response = await call('chat.postMessage', false, () => client.chat.postMessage({
      channel: digest.channel.channelId,
      ...message,
      metadata: { event_type: DIGEST_EVENT_TYPE, event_payload: { key: digest.key, local_date: digest.localDate } },
      unfurl_links: false,
      unfurl_media: false,
    }));
    return response.ts ?? '';
  }

  return {
    platform: 'slack',
    async publish(digest): Promise<PublishResult> {
      const client = await deps.clientFor(digest.channel.workspaceId);
      try {
        return { kind: 'posted', messageId: await post(client, digest) };
      } catch (error) {
        const code = platformError(error);
        if (code === 'not_in_channel') {
          // Public channels can be joined (channels:join); not_in_channel means nothing was posted, so one more try is safe.
          const joined = await call('conversations.join', true, () => client.conversations.join({ channel: digest.channel.channelId })).then(() => true, () => false);
          if (joined) {
            try {
              return { kind: 'posted', messageId: await post(client, digest) };
            } catch (retryError) {
              return classify(retryError);
            }
          }
          return { kind: 'channel-gone', reason: 'not_in_channel: invite @Summit to the channel (private channels cannot be joined by the app)' };
        }
        return classify(error);
      }
    },
    async findPosted(digest, since) {
      const client = await deps.clientFor(digest.channel.workspaceId);
      // Slack timestamps are seconds with microseconds; `oldest` is exclusive of nothing we need.
      const oldest = (since.getTime() / 1000).toFixed(6);
      let cursor: string | undefined;
      for (let page = 0; page < MAX_HISTORY_PAGES; page += 1) {
        let response: Awaited<ReturnType<DigestWeb['conversations']['history']>>;
        try {
          response = await call('conversations.history', true, () => client.conversations.history({
            channel: digest.channel.channelId, oldest, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}),
          }));
        } catch (error) {
          const code = platformError(error);
          // A channel we cannot read has no post of ours that we could find; publish will report it gone.
          if (code !== null && CHANNEL_GONE.has(code)) return null;
          throw new BotError('platform_send_failed', 'conversations.history failed while looking for a digest', { cause: error });
        }
        const found = response.messages?.find((m) => m.metadata?.event_type === DIGEST_EVENT_TYPE && m.metadata.event_payload?.key === digest.key);
        if (found?.ts) return found.ts;
        cursor = response.response_metadata?.next_cursor || undefined;
        if (!response.has_more || !cursor) return null;
      }
      return null;
    },
  };
}

function classify(error: unknown): PublishResult {
  const code = platformError(error);
  if (code !== null && CHANNEL_GONE.has(code)) return { kind: 'channel-gone', reason: code };
  throw new BotError('platform_send_failed', `chat.postMessage failed${code ? `: ${code}` : ''}`, { cause: error });
}
