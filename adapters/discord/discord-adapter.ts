/** Discord adapter: gateway shards (each under a lease) → handlers → bot.handle → replies; digests over REST. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Bot } from '../../src/bot.js';
import type { DigestPublisher, LeaseKeeper, Logger, Metrics, PlatformAdapter } from '../../src/ports.js';
import type { EventSource } from './autocomplete.js';
import { createGatewayClient, type GatewayClient } from './gateway-client.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';
import { createIdentifyGate, IDENTIFY_SPACING_MS, type IdentifyGate } from './identify-gate.js';
import { createDiscordDigestPublisher } from './publish-digest.js';
import { createRest, registerCommands } from './register-commands.js';
import { createShardLeases, soleOwner, type ShardLeases } from './shard-leases.js';

/** The slice of Config the adapter reads (src/config.ts DiscordConfig). */
export interface DiscordAdapterConfig {
  readonly token: string;
  readonly applicationId?: string;
  readonly apiUrl?: string;
  readonly guildId?: string;
  readonly shardCount: number | 'auto';
}

/** Timings with production defaults; tests shorten them. */
export interface DiscordTuning {
  readonly deferAfterMs?: number;
  readonly leaseTtlMs?: number;
  readonly identifySpacingMs?: number;
  /** How long stop() waits for answers in flight before disconnecting (SIGTERM must end the process within 10 s). */
  readonly drainMs?: number;
  /** Register `/summit` at start (DISCORD_GUILD_ID, else global); `summit discord register` does it by hand. */
  readonly registerOnStart?: boolean;
}

export interface DiscordAdapterDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  /** Counts requests discord.js sent again after a rate limit (summit_platform_retries_total). */
  readonly metrics?: Metrics;
  /** With several replicas: each shard's gateway connection is held by one process at a time. */
  readonly leases?: LeaseKeeper;
  /** This process's lease owner id (host, pid, per-start random id); made up when absent. */
  readonly owner?: string;
  /** Events for `event id:` autocomplete; main passes the Corpus. */
  readonly events?: EventSource;
  readonly tuning?: DiscordTuning;
}

/** A replica that dies hands its shards over after this long; renewals run three times per TTL. */
export const SHARD_LEASE_TTL_MS = 30_000;
const DRAIN_MS = 7000;
const RETRY_MS = 30_000;

export function createDiscordAdapter(config: DiscordAdapterConfig, deps: DiscordAdapterDeps): PlatformAdapter & { readonly publisher: DigestPublisher } {
  const { bot, logger, tuning = {} } = deps;
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const rest = createRest(config.token, config.apiUrl);
  const countRetry = (): void => deps.metrics?.platformRetry('discord', 'rate-limited');
  rest.on('rateLimited', countRetry);
  const publisher = createDiscordDigestPublisher({ rest, logger });
  const clients = new Map<number, GatewayClient>();
  const inFlight = new Set<Promise<void>>();
  let gate: IdentifyGate | null = null;
  let shards: ShardLeases | null = null;
  let accepting = false;

  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };
  const identifyGate = (maxConcurrency: number): IdentifyGate => {
    gate ??= createIdentifyGate({ maxConcurrency, owner, spacingMs: tuning.identifySpacingMs ?? IDENTIFY_SPACING_MS, ...(deps.leases ? { leases: deps.leases } : {}) });
    return gate;
  };
  const interactionDeps = { bot, logger, ...(deps.events ? { events: deps.events } : {}), ...(tuning.deferAfterMs !== undefined ? { deferAfterMs: tuning.deferAfterMs } : {}) };

  const runner = {
    async start(shardId: number, shardCount: number) {
      const client = createGatewayClient({
        token: config.token,
        ...(config.apiUrl ? { apiUrl: config.apiUrl } : {}),
        shardId,
        shardCount,
        identifyGate,
        onInteraction: (interaction) => accepting && track(handleInteraction(interaction, interactionDeps)),
        onMessage: (message, botId) => accepting && track(handleMessage(message, botId, { bot, logger })),
        // discord.js will not reconnect after 4004/4014…: the shard is let go and retried after a back-off.
        onFatal: (id, code) => void shards?.fail(id, new Error(`gateway closed with ${code}`)),
        logger,
        onRateLimited: countRetry,
      });
      clients.set(shardId, client);
      try {
        await client.start();
      } catch (error) {
        clients.delete(shardId);
        await client.stop().catch(() => undefined);
        throw error;
      }
    },
    async stop(shardId: number) {
      const client = clients.get(shardId);
      clients.delete(shardId);
      await client?.stop();
    },
  };

  async function resolveShardCount(): Promise<number> {
    if (config.shardCount !== 'auto') return config.shardCount;
    const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, info.shards);
  }

  let stopping = false;
  let retry: NodeJS.Timeout | undefined;
  /** Discord unreachable at boot (GET /gateway/bot failed): the process lives on, not ready, and tries again. */
  async function connect(): Promise<void> {
    let shardCount: number;
    try {
      shardCount = await resolveShardCount();
    } catch (err) {
      logger.error('discord gateway information unavailable; retrying in 30 s', { code: 'platform_send_failed', adapter: 'discord', err });
      if (!stopping) retry = setTimeout(() => void connect(), RETRY_MS).unref();
      return;
    }
    if (stopping) return;
    accepting = true;
    shards = createShardLeases({
      shardCount,
      leases: deps.leases ?? soleOwner,
      owner,
      ttlMs: tuning.leaseTtlMs ?? SHARD_LEASE_TTL_MS,
      runner: { start: (id) => runner.start(id, shardCount), stop: (id) => runner.stop(id) },
      logger,
    });
    await shards.start();
    logger.info('discord adapter started', { adapter: 'discord', shardCount, owned: shards.held(), owner });
  }

  return {
    name: 'discord',
    publisher,
    async start() {
      if (tuning.registerOnStart ?? true) {
        try {
          const done = await registerCommands(rest, { ...(config.applicationId ? { applicationId: config.applicationId } : {}), ...(config.guildId ? { guildId: config.guildId } : {}) });
          logger.info('discord commands registered', { adapter: 'discord', scope: done.scope, commands: done.names });
        } catch (err) {
          // The bot still answers mentions and any /summit registered before; registration is retried at the next start.
          logger.warn('discord command registration failed', { code: 'platform_send_failed', adapter: 'discord', err });
        }
      }
      stopping = false;
      await connect();
    },
    async stop() {
      stopping = true;
      clearTimeout(retry);
      accepting = false;
      let timer: NodeJS.Timeout | undefined;
      const drained = Promise.allSettled([...inFlight]);
      await Promise.race([drained, new Promise((resolve) => (timer = setTimeout(resolve, tuning.drainMs ?? DRAIN_MS)))]);
      clearTimeout(timer);
      await shards?.stop();
      shards = null;
    },
    /** Ready once every shard this process holds is connected; a standby holding none still posts digests. */
    isReady: () => shards !== null && [...clients.values()].every((c) => c.isReady()),
  };
}
