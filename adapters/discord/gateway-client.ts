/** One discord.js Client per gateway shard: least intents, no pings by default, REST base from the config. */
import { Client, Events, GatewayIntentBits, Options, Partials, type Interaction, type Message } from 'discord.js';
import type { Logger } from '../../src/ports.js';
import type { IdentifyGate } from './identify-gate.js';
import { NO_PINGS } from './interaction-responders.js';

export interface GatewayClientOptions {
  readonly token: string;
  /** discord.js `rest.api`, e.g. `http://127.0.0.1:8080/api` for a rate-limit proxy or a test fake. */
  readonly apiUrl?: string;
  readonly shardId: number;
  readonly shardCount: number;
  /** Shared by every shard of the process: Discord limits IDENTIFY per bot, not per connection. */
  readonly identifyGate: (maxConcurrency: number) => IdentifyGate;
  readonly onInteraction: (interaction: Interaction) => void;
  readonly onMessage: (message: Message, botId: string) => void;
  /** The shard closed with a code discord.js will not recover from (4004 bad token, 4014 disallowed intents…). */
  readonly onFatal: (shardId: number, code: number) => void;
  readonly logger: Logger;
  /** discord.js waited out a rate limit and sent the request again (summit_platform_retries_total). */
  readonly onRateLimited?: () => void;
}

export interface GatewayClient {
  start(): Promise<void>;
  stop(): Promise<void>;
  isReady(): boolean;
}

/**
 * Guilds (channels and roles, for Manage Channels checks), guild messages and DMs. No privileged Message Content
 * intent: Discord still sends the text of DMs and of messages that mention the bot, which is all Summit reads.
 */
export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages] as const;

export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const { logger, shardId } = options;
  const client = new Client({
    intents: [...INTENTS],
    // DM channels are never cached up front: without the Channel partial, discord.js drops every DM.
    partials: [Partials.Channel],
    allowedMentions: { ...NO_PINGS, parse: [] },
    failIfNotExists: false,
    shards: [shardId],
    shardCount: options.shardCount,
    rest: options.apiUrl ? { api: options.apiUrl } : {},
    ws: {
      buildIdentifyThrottler: async (manager) => options.identifyGate((await manager.fetchGatewayInformation()).session_start_limit.max_concurrency),
    },
    // Summit reads each message once, when it arrives: no message history in memory.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  client.on(Events.InteractionCreate, (interaction) => options.onInteraction(interaction));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) options.onMessage(message, client.user.id);
  });
  client.on(Events.ShardReconnecting, (id) => logger.info('discord shard reconnecting', { adapter: 'discord', shard: id }));
  client.on(Events.ShardResume, (id, replayed) => logger.info('discord shard resumed', { adapter: 'discord', shard: id, replayed }));
  client.on(Events.ShardDisconnect, (event, id) => {
    logger.error('discord shard closed for good', { code: 'platform_send_failed', adapter: 'discord', shard: id, closeCode: event.code });
    options.onFatal(id, event.code);
  });
  client.on(Events.ShardError, (err, id) => logger.warn('discord shard error', { adapter: 'discord', shard: id, err }));
  client.on(Events.Warn, (msg) => logger.warn('discord warning', { adapter: 'discord', shard: shardId, detail: msg }));
  client.rest.on('rateLimited', (info) => {
    logger.debug('discord rate limited', { adapter: 'discord', route: info.route, retryAfter: info.retryAfter, scope: info.scope });
    options.onRateLimited?.();
  });
  return {
    async start() {
      await client.login(options.token);
    },
    async stop() {
      await client.destroy();
    },
    isReady: () => client.isReady(),
  };
}
