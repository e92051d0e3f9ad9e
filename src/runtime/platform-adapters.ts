/** The chat platforms whose credentials are configured, as PlatformAdapters (Slack, Discord); none means the console. */
import type { Bot } from '../bot.js';
import type { Config } from '../config.js';
import type { HttpMount, Logger, Metrics, PlatformAdapter } from '../ports.js';
import type { Store } from '../store/store.js';

export interface PlatformDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly metrics: Metrics;
  readonly store: Store;
  /** Present when the HTTP server runs: Slack's HTTP mode mounts /slack/ on it. */
  readonly http: HttpMount | null;
}

/** The names of the configured platforms, known before anything is created (the HTTP server's default port needs them). */
export function configuredPlatforms(config: Config): readonly ('slack' | 'discord')[] {
  return [...(config.slack ? ['slack' as const] : []), ...(config.discord ? ['discord' as const] : [])];
}

export function createPlatformAdapters(config: Config, deps: PlatformDeps): PlatformAdapter[] {
  const adapters: PlatformAdapter[] = [];
  for (const name of configuredPlatforms(config)) {
    // TODO(production): createSlackAdapter / createDiscordAdapter once adapters/slack and adapters/discord land #12
    deps.logger.warn(`${name} credentials found, but this build has no ${name} adapter yet`, { platform: name });
  }
  return adapters;
}
