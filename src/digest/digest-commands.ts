/** `digest subscribe|unsubscribe|status|preview`: the DigestCommands port of src/bot.ts over the store's subscriptions. */
import { problem, type Answer, type AnswerItem, type DigestSettingsData } from '../answer/answer.js';
import type { DigestCommands } from '../bot.js';
import type { DatedEvent } from '../domain.js';
import type { DigestAction } from '../engine/parse-command.js';
import type { ChatContext } from '../ports.js';
import { nextDigestAt } from '../schedule/due-digests.js';
import type { WallClock } from '../schedule/wall-clock.js';
import { formatLocal, localDateOf } from '../schedule/zoned-time.js';
import { subscriptionId, type Store, type Subscription } from '../store/store.js';
import { parseIsoDate } from '../time/calendar.js';
import { buildDigest, type DigestEmptyPolicy } from './build-digest.js';
import { parseDigestTime, SUBSCRIBE_EXAMPLE } from './parse-digest-time.js';

/** The slice of Config['digest'] the commands read. */
export interface DigestCommandSettings {
  readonly defaultTime: string;
  readonly defaultTimeZone: string;
  readonly empty: DigestEmptyPolicy;
}

export interface DigestCommandsDeps {
  readonly store: Pick<Store, 'subscriptions' | 'ledger'>;
  readonly clock: WallClock;
  /** The corpus's events now (a getter, so a re-read corpus is seen). */
  readonly events: () => readonly DatedEvent[];
  readonly settings: DigestCommandSettings;
}

const RECENT_OUTCOMES = 5;
const NOT_ALLOWED = 'Only people who manage this channel can change its digest (Discord: Manage Channels; Slack: workspace admins '
  + 'and SLACK_DIGEST_ADMINS). Anyone can use `digest status` and `digest preview`.';

export function createDigestCommands({ store, clock, events, settings }: DigestCommandsDeps): DigestCommands {
  const defaultsHint = `digest subscribe ${settings.defaultTime} ${settings.defaultTimeZone}`;

  /** The channel's own subscription, else the DIGEST_CHANNELS one (config names channels without a workspace). */
  async function find(context: ChatContext): Promise<Subscription | null> {
    const own = await store.subscriptions.get(subscriptionId(context.channel));
    if (own || context.channel.workspaceId === null) return own;
    return store.subscriptions.get(subscriptionId({ ...context.channel, workspaceId: null }));
  }

  async function settingsAnswer(action: DigestSettingsData['action'], subscription: Subscription | null, headline: string): Promise<Answer> {
    const now = clock.now();
    const next = subscription?.enabled ? nextDigestAt(subscription, now) : null;
    const nextData = next && subscription
      ? { localDate: next.localDate, local: `${formatLocal(next.dueAt, subscription.timeZone)} ${subscription.timeZone}`, utc: next.dueAt.toISOString() }
      : null;
    const recent = subscription ? await store.ledger.recent(subscription.id, RECENT_OUTCOMES) : [];
    const items: AnswerItem[] = [];
    if (nextData) items.push({ title: `Next digest: ${nextData.local} (${formatLocal(new Date(nextData.utc), 'UTC')} UTC)`, citations: [] });
    if (subscription && !subscription.enabled) {
      items.push({ title: `Paused: ${subscription.disabledReason ?? 'disabled'}. Subscribe again to resume.`, citations: [] });
    }
    for (const entry of recent) {
      items.push({ title: `${entry.localDate}: ${entry.status}`, ...(entry.detail ? { detail: entry.detail } : {}), citations: [] });
    }
    return {
      kind: 'digest-settings',
      headline,
      items,
      followUps: subscription ? ['digest preview', 'digest status'] : [defaultsHint, 'digest preview'],
      data: {
        action,
        subscription: subscription
          ? { id: subscription.id, time: subscription.time, timeZone: subscription.timeZone, enabled: subscription.enabled,
              disabledReason: subscription.disabledReason, source: subscription.source }
          : null,
        next: nextData,
        recent: recent.map((e) => ({ localDate: e.localDate, status: e.status, detail: e.detail })),
      },
    };
  }

  const every = (s: Subscription): string => `every day at ${s.time} ${s.timeZone}`;

  return {
    async run(action: DigestAction, context: ChatContext): Promise<Answer> {
      switch (action.action) {
        case 'subscribe': {
          if (!context.canManageDigest) return problem('not-allowed', NOT_ALLOWED, ['digest status', 'digest preview']);
          const parsed = parseDigestTime(action, settings);
          if (!parsed.ok) return problem('bad-query', parsed.error, [SUBSCRIBE_EXAMPLE, defaultsHint]);
          const subscription = await store.subscriptions.upsert({
            id: subscriptionId(context.channel),
            channel: context.channel,
            time: parsed.value.time,
            timeZone: parsed.value.timeZone,
            source: 'command',
            createdBy: context.userId ?? null,
          }, clock.now());
          return settingsAnswer('subscribe', subscription, `Subscribed: the “on this day” digest posts here ${every(subscription)}.`);
        }
        case 'unsubscribe': {
          if (!context.canManageDigest) return problem('not-allowed', NOT_ALLOWED, ['digest status', 'digest preview']);
          const current = await find(context);
          if (current?.source === 'config') {
            return settingsAnswer('unsubscribe', current, 'This channel gets the digest from the DIGEST_CHANNELS setting; remove it there to stop it.');
          }
          const removed = current ? await store.subscriptions.remove(current.id) : false;
          return settingsAnswer('unsubscribe', null, removed ? 'Unsubscribed: no more daily digests here.' : 'This channel had no daily digest.');
        }
        case 'status': {
          const current = await find(context);
          const headline = !current
            ? `No daily digest in this channel. Start one with: ${defaultsHint}`
            : current.enabled ? `Daily digest: ${every(current)}.` : `Daily digest (paused): ${every(current)}.`;
          return settingsAnswer('status', current, headline);
        }
        case 'preview': {
          const current = await find(context);
          const zone = current?.timeZone ?? settings.defaultTimeZone;
          const date = action.date === undefined ? localDateOf(clock.now(), zone) : parseIsoDate(action.date);
          if (!date) return problem('bad-query', `“${action.date}” is not a date. Use YYYY-MM-DD, for example: digest preview 2026-12-15`, ['digest preview']);
          return buildDigest(events(), date, settings.empty).answer;
        }
      }
    },
  };
}
