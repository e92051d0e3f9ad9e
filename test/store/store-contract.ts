/** The one contract every Store meets (memory fake, embedded PGlite, PostgreSQL): run it with describeStoreContract. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { subscriptionId } from '../../src/store/store.js';
import type { ContractClock } from './contract-clock.js';
import { createContractClock, uniqueId } from './contract-clock.js';
import { ledgerContract } from './ledger-contract.js';

export interface StoreContractOptions {
  /** A second instance on the same database, to race the first (PostgreSQL: another pool on the same schema). */
  readonly makePeer?: (now: () => Date) => Promise<Store>;
}

/**
 * `makeStore` runs once per suite (opening PGlite costs seconds); tests keep apart by unique ids. The store must read
 * `now` for the calls that take no time argument (dedupe, leases).
 */
export function describeStoreContract(name: string, makeStore: (now: () => Date) => Promise<Store>, options: StoreContractOptions = {}): void {
  describe(`${name} store contract`, () => {
    const clock: ContractClock = createContractClock();
    let store: Store | undefined;
    let peer: Store | undefined;
    const current = (): Store => {
      if (!store) throw new Error('store not opened');
      return store;
    };

    beforeAll(async () => {
      store = await makeStore(clock.now);
      await store.ping();
      if (options.makePeer) peer = await options.makePeer(clock.now);
    }, 60_000);
    afterAll(async () => {
      await peer?.close();
      await store?.close();
    });

    describe('subscriptions', () => subscriptionContract(current));
    describe('ledger', () => ledgerContract({ store: current, racers: () => (peer ? [current(), peer] : [current()]), clock }));
    describe('event dedupe', () => dedupeContract(current, clock));
    describe('installations', () => installationContract(current));
    describe('leases', () => leaseContract(current, clock));
    describe('analysis cache', () => analysisContract(current));
  });
}

function subscriptionContract(store: () => Store): void {
  const input = (workspaceId: string | null, time = '09:00', timeZone = 'UTC') => {
    const channel = { platform: 'slack', workspaceId, channelId: uniqueId('C') } as const;
    return { id: subscriptionId(channel), channel, time, timeZone, source: 'command', createdBy: 'U1' } as const;
  };

  it('upserts a subscription, reads it back, and re-subscribing keeps createdAt and re-enables it', async () => {
    const s = input('T1', '07:30', 'Europe/Berlin');
    const t0 = new Date('2026-05-01T08:00:00Z');
    expect(await store().subscriptions.upsert(s, t0)).toEqual({ ...s, enabled: true, disabledReason: null, createdAt: t0 });
    expect(await store().subscriptions.get(s.id)).toEqual({ ...s, enabled: true, disabledReason: null, createdAt: t0 });
    await store().subscriptions.disable(s.id, 'channel_not_found');
    expect(await store().subscriptions.get(s.id)).toMatchObject({ enabled: false, disabledReason: 'channel_not_found' });
    const again = { ...s, time: '06:00', timeZone: 'UTC', source: 'config' } as const;
    expect(await store().subscriptions.upsert(again, new Date('2026-05-02T08:00:00Z')))
      .toEqual({ ...again, enabled: true, disabledReason: null, createdAt: t0 });
  });

  it('keeps a null workspace and returns null for an unknown id', async () => {
    const s = { ...input(null), createdBy: null };
    await store().subscriptions.upsert(s, new Date('2026-05-01T00:00:00Z'));
    expect((await store().subscriptions.get(s.id))?.channel.workspaceId).toBeNull();
    expect(await store().subscriptions.get(uniqueId('missing'))).toBeNull();
  });

  it('lists only enabled subscriptions, ordered by id', async () => {
    const made = [input('T9'), input('T9'), input('T9')];
    for (const s of made) await store().subscriptions.upsert(s, new Date('2026-05-01T00:00:00Z'));
    await store().subscriptions.disable(made[1]!.id, 'removed');
    const ids = new Set(made.map((s) => s.id));
    const listed = (await store().subscriptions.listEnabled()).filter((s) => ids.has(s.id)).map((s) => s.id);
    expect(listed).toEqual([made[0]!.id, made[2]!.id].sort());
    const all = (await store().subscriptions.listEnabled()).map((s) => s.id);
    expect(all).toEqual([...all].sort());
  });

  it('removes a subscription once', async () => {
    const s = input('T2');
    await store().subscriptions.upsert(s, new Date('2026-05-01T00:00:00Z'));
    expect(await store().subscriptions.remove(s.id)).toBe(true);
    expect(await store().subscriptions.remove(s.id)).toBe(false);
    expect(await store().subscriptions.get(s.id)).toBeNull();
  });
}

function dedupeContract(store: () => Store, clock: ContractClock): void {
  it('says firstSeen once within the TTL and again after it', async () => {
    const key = uniqueId('evt');
    clock.set('2026-05-08T10:00:00Z');
    expect(await store().events.firstSeen(key, 60_000)).toBe(true);
    expect(await store().events.firstSeen(key, 60_000)).toBe(false);
    clock.advance(59_999);
    expect(await store().events.firstSeen(key, 60_000)).toBe(false);
    clock.advance(1);
    expect(await store().events.firstSeen(key, 60_000)).toBe(true);
    expect(await store().events.firstSeen(key, 60_000)).toBe(false);
    expect(await store().events.firstSeen(uniqueId('evt'), 60_000)).toBe(true);
  });

  it('GIVEN 10 concurrent deliveries of one event THEN exactly one is first', async () => {
    const key = uniqueId('evt');
    const results = await Promise.all(Array.from({ length: 10 }, () => store().events.firstSeen(key, 60_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('still dedupes after expired keys are pruned', async () => {
    const old = uniqueId('old');
    clock.set('2026-05-09T00:00:00Z');
    expect(await store().events.firstSeen(old, 1_000)).toBe(true);
    clock.advance(3_600_000); // past the prune interval: this call prunes `old`
    const fresh = uniqueId('fresh');
    expect(await store().events.firstSeen(fresh, 1_000)).toBe(true);
    expect(await store().events.firstSeen(fresh, 1_000)).toBe(false);
    expect(await store().events.firstSeen(old, 1_000)).toBe(true);
  });
}

function installationContract(store: () => Store): void {
  it('saves, overwrites, finds and removes an installation', async () => {
    const key = uniqueId('T');
    expect(await store().installations.find(key)).toBeNull();
    await store().installations.save(key, '{"bot":{"token":"xoxb-1"}}');
    await store().installations.save(key, '{"bot":{"token":"xoxb-2"}}');
    expect(await store().installations.find(key)).toBe('{"bot":{"token":"xoxb-2"}}');
    await store().installations.remove(key);
    expect(await store().installations.find(key)).toBeNull();
    await store().installations.remove(key);
  });
}

function leaseContract(store: () => Store, clock: ContractClock): void {
  it('acquires, extends for its owner, refuses others until expiry, and frees on release by its owner only', async () => {
    const name = uniqueId('shard');
    clock.set('2026-05-08T12:00:00Z');
    expect(await store().leases.acquire(name, 'a', 30_000)).toBe(true);
    expect(await store().leases.acquire(name, 'b', 30_000)).toBe(false);
    clock.advance(20_000);
    expect(await store().leases.acquire(name, 'a', 30_000)).toBe(true); // extended to +50 s
    clock.advance(20_000);
    expect(await store().leases.acquire(name, 'b', 30_000)).toBe(false);
    await store().leases.release(name, 'b');
    expect(await store().leases.acquire(name, 'b', 30_000)).toBe(false);
    clock.advance(10_001);
    expect(await store().leases.acquire(name, 'b', 30_000)).toBe(true);
    expect(await store().leases.acquire(name, 'a', 30_000)).toBe(false);
    await store().leases.release(name, 'b');
    expect(await store().leases.acquire(name, 'a', 30_000)).toBe(true);
  });

  it('GIVEN 10 owners racing for a free lease THEN exactly one gets it', async () => {
    const name = uniqueId('shard');
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store().leases.acquire(name, `o${i}`, 30_000)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
}

function analysisContract(store: () => Store): void {
  it('returns null for a missing key and the latest value after put', async () => {
    const key = uniqueId('article');
    expect(await store().analysis.get(key)).toBeNull();
    await store().analysis.put(key, '{"v":1}');
    await store().analysis.put(key, '{"v":2}');
    expect(await store().analysis.get(key)).toBe('{"v":2}');
  });
}
