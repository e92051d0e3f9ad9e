/** DIGEST_CHANNELS → 'config' subscriptions at start: listed channels get the digest without anyone subscribing. */
import type { Logger, Platform } from '../ports.js';
import { subscriptionId, type ChannelRef, type Store, type Subscription } from '../store/store.js';

export interface ConfigChannelSettings {
  /** `slack:C0123`, `discord:987654321` (validated by config.ts). */
  readonly channels: readonly string[];
  readonly defaultTime: string;
  readonly defaultTimeZone: string;
}

/** `slack:C0123` → the channel; config names no workspace (a single-workspace Slack app, or Discord's global channel ids). */
export function parseConfigChannel(text: string): ChannelRef | null {
  const m = /^(slack|discord):([A-Za-z0-9]+)$/.exec(text.trim());
  return m ? { platform: m[1] as Platform, workspaceId: null, channelId: m[2]! } : null;
}

/**
 * Adds or refreshes a subscription for every listed channel (default time and zone), and removes the config
 * subscriptions no longer listed. A channel someone subscribed by command keeps its own time. Safe when replicas
 * start at once: every step is an idempotent upsert or remove.
 */
export async function syncConfigChannels(store: Pick<Store, 'subscriptions'>, settings: ConfigChannelSettings, now: Date, logger: Logger): Promise<readonly Subscription[]> {
  const wanted = new Map<string, ChannelRef>();
  for (const text of settings.channels) {
    const channel = parseConfigChannel(text);
    if (channel) wanted.set(subscriptionId(channel), channel);
    else logger.warn('DIGEST_CHANNELS entry ignored', { code: 'config_invalid', entry: text });
  }
  const synced: Subscription[] = [];
  for (const [id, channel] of wanted) {
    const existing = await store.subscriptions.get(id);
    if (existing?.source === 'command') {
      synced.push(existing);
      continue;
    }
    if (existing && !existing.enabled) logger.info('DIGEST_CHANNELS re-enables a paused digest', { subscriptionId: id, reason: existing.disabledReason });
    synced.push(await store.subscriptions.upsert(
      { id, channel, time: settings.defaultTime, timeZone: settings.defaultTimeZone, source: 'config', createdBy: null }, now));
  }
  for (const subscription of await store.subscriptions.listEnabled()) {
    if (subscription.source === 'config' && !wanted.has(subscription.id)) {
      await store.subscriptions.remove(subscription.id);
      logger.info('digest channel no longer in DIGEST_CHANNELS: removed', { subscriptionId: subscription.id });
    }
  }
  return synced;
}
