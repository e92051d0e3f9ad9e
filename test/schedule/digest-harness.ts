/** Shared set-up for scheduler tests: a memory store, a fake clock, a fake publisher and events on chosen days. */
import type { DatedEvent } from '../../src/domain.js';
import type { Platform } from '../../src/ports.js';
import { digestKey, runDailyDigest, type DigestRunDeps } from '../../src/schedule/run-daily-digest.js';
import type { Store } from '../../src/store/store.js';
import { subscriptionId } from '../../src/store/store.js';
import { datedEvent } from '../fakes/fake-corpus.js';
import { createFakeClock, type FakeClock } from '../fakes/fake-clock.js';
import { createFakePublisher, type FakePublisher } from '../fakes/fake-publisher.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { recordingLogger } from '../fakes/recording-logger.js';

/** One central event on every day of the year 2020 (a leap year), so every date has something to post. */
export function everyDayEvents(): DatedEvent[] {
  const events: DatedEvent[] = [];
  for (let d = 0; d < 366; d += 1) {
    const date = new Date(Date.UTC(2020, 0, 1 + d)).toISOString().slice(0, 10);
    events.push(datedEvent(`e${date}`, date, 'day'));
  }
  return events;
}

export interface Harness {
  readonly store: Store;
  readonly clock: FakeClock;
  readonly publisher: FakePublisher;
  readonly logger: ReturnType<typeof recordingLogger>;
  deps(owner?: string, overrides?: Partial<DigestRunDeps>): DigestRunDeps;
  run(owner?: string, overrides?: Partial<DigestRunDeps>): ReturnType<typeof runDailyDigest>;
  /** Subscribes `ago` ms before the clock's now (default one minute): dates due before that are not its own. */
  subscribe(channelId: string, time: string, timeZone: string, options?: { platform?: Platform; ago?: number }): Promise<string>;
  key(channelId: string, localDate: string, platform?: Platform): string;
}

export function createHarness(start: string, options: { events?: readonly DatedEvent[]; store?: (now: () => Date) => Store; catchupHours?: number } = {}): Harness {
  const clock = createFakeClock(start);
  const store = options.store?.(clock.now) ?? createMemoryStore({ now: clock.now });
  const publisher = createFakePublisher('slack', clock.now);
  const logger = recordingLogger();
  const events = options.events ?? everyDayEvents();
  const channel = (channelId: string, platform: Platform = 'slack') => ({ platform, workspaceId: 'T1', channelId });
  // One settled-dates cache per owner, as each process's runner keeps one.
  const caches = new Map<string, Set<string>>();
  const cacheOf = (owner: string) => caches.get(owner) ?? caches.set(owner, new Set()).get(owner)!;
  const deps = (owner = 'owner-a', overrides: Partial<DigestRunDeps> = {}): DigestRunDeps => ({
    store, clock, publishers: [publisher], events: () => events, logger, owner, settled: cacheOf(owner),
    settings: { catchupHours: options.catchupHours ?? 6, empty: 'skip' }, ...overrides,
  });
  return {
    store, clock, publisher, logger, deps,
    run: (owner, overrides) => runDailyDigest(deps(owner, overrides)),
    async subscribe(channelId, time, timeZone, { platform = 'slack', ago = 60_000 } = {}) {
      const ref = channel(channelId, platform);
      const created = new Date(clock.now().getTime() - ago);
      const sub = await store.subscriptions.upsert({ id: subscriptionId(ref), channel: ref, time, timeZone, source: 'command', createdBy: 'U1' }, created);
      return sub.id;
    },
    key: (channelId, localDate, platform = 'slack') => digestKey(subscriptionId(channel(channelId, platform)), localDate),
  };
}
