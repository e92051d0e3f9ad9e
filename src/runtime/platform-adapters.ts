/** The chat platforms whose credentials are configured, as PlatformAdapters (Slack, Discord); none means the console. */
import type { Bot } from '../bot.js';
import type { Config } from '../config.js';
import type { Corpus } from '../engine/corpus.js';
import type { HttpMount, Logger, Metrics, PlatformAdapter } from '../ports.js';
import type { Store } from '../store/store.js';

export interface PlatformDeps {
  readonly bot: Bot;
  readonly corpus: Corpus;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly store: Store;
  /** Present when the HTTP server runs: Slack's HTTP mode mounts /slack/ on it. */
  readonly http: HttpMount | null;
  /** This process's lease owner id (the scheduler's too): Discord shard leases. */
  readonly owner: string;
}

/** The names of the configured platforms, known before anything is created (the HTTP server's default port needs them). */
export function configuredPlatforms(config: Config): readonly ('slack' | 'discord')[] {
  return [...(config.slack ? ['slack' as const] : []), ...(config.discord ? ['discord' as const] : [])];
}

/** The SDKs are imported only when configured: Bolt and discord.js would add to every console start. */
export async function createPlatformAdapters(config: Config, deps: PlatformDeps): Promise<PlatformAdapter[]> {
  const { bot, corpus, store, http } = deps;
  const adapters: PlatformAdapter[] = [];
  if (config.slack) {
    const { createSlackAdapter } = await import('../../adapters/slack/index.js');
    const latest = corpus.articles.reduce<string | null>((max, a) => (a.published && (!max || a.published > max) ? a.published : max), null);
    adapters.push(createSlackAdapter(config.slack, {
      bot,
      logger: deps.logger,
      metrics: deps.metrics,
      dedupe: store.events,
      installations: store.installations,
      ...(http ? { http } : {}),
      // The App Home shows the digest status of the viewer's DM with Summit: the same answer `digest status` gives there.
      digestStatus: async (channel) => (await bot.handle('digest status', { surface: 'slack', channel, canManageDigest: false })).headline,
      facts: () => ({ articles: corpus.articles.length, events: corpus.events.length, latestArticle: latest }),
    }));
  }
  if (config.discord) {
    const { createDiscordAdapter } = await import('../../adapters/discord/index.js');
    adapters.push(createDiscordAdapter(config.discord, { bot, logger: deps.logger, metrics: deps.metrics, leases: store.leases, owner: deps.owner, events: corpus }));
  }
  return adapters;
}
