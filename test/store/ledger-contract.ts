/** The digest ledger part of the store contract: one claim wins, leases, takeover, owner-only writes, release. */
import { expect, it } from 'vitest';
import type { ClaimResult, Store } from '../../src/store/store.js';
import type { ContractClock } from './contract-clock.js';
import { uniqueId } from './contract-clock.js';

const LEASE_MS = 120_000;
const DAY = '2026-05-08';

export interface LedgerContractContext {
  readonly store: () => Store;
  /** Stores racing on the same database (the store itself, plus a second instance where there is one). */
  readonly racers: () => readonly Store[];
  readonly clock: ContractClock;
}

const claimedCount = (results: readonly ClaimResult[]): number => results.filter((r) => r.kind === 'claimed').length;

export function ledgerContract({ store, racers, clock }: LedgerContractContext): void {
  const claim = (subscriptionId: string, owner: string, now: Date, on: Store = store()) =>
    on.ledger.claim({ subscriptionId, localDate: DAY, owner, leaseMs: LEASE_MS, now });

  it('GIVEN 20 concurrent claims on one (subscription, date) THEN exactly one is claimed and the rest are held', async () => {
    const sub = uniqueId('race');
    const now = clock.set('2026-05-08T09:00:00Z');
    const stores = racers();
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => claim(sub, `owner-${i}`, now, stores[i % stores.length])));
    expect(claimedCount(results)).toBe(1);
    expect(results.filter((r) => r.kind === 'held')).toHaveLength(19);
    const won = results.find((r) => r.kind === 'claimed');
    expect(won).toMatchObject({ takenOver: false, entry: { status: 'claimed', attempts: 1, retryAt: null, claimedAt: now } });
    expect(won?.entry.leaseUntil).toEqual(new Date(now.getTime() + LEASE_MS));
    expect(await store().ledger.get(sub, DAY)).toMatchObject({ owner: won?.entry.owner, status: 'claimed' });
  });

  it('holds a claim while its lease lives and lets another owner take it over after expiry', async () => {
    const sub = uniqueId('lease');
    const first = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', first);
    const leaseEnd = new Date(first.getTime() + LEASE_MS);
    expect((await claim(sub, 'b', leaseEnd)).kind).toBe('held');
    expect((await claim(sub, 'a', leaseEnd)).kind).toBe('held'); // not even its owner claims a live row twice
    const later = new Date(leaseEnd.getTime() + 1);
    const stores = racers();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => claim(sub, `b-${i}`, later, stores[i % stores.length])));
    expect(claimedCount(results)).toBe(1);
    const won = results.find((r) => r.kind === 'claimed');
    expect(won).toMatchObject({ takenOver: true, entry: { attempts: 2, claimedAt: first, leaseUntil: new Date(later.getTime() + LEASE_MS) } });
  });

  it('renews only for the owner, and a renewed lease is held past its old end', async () => {
    const sub = uniqueId('renew');
    const t0 = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', t0);
    const t1 = new Date(t0.getTime() + 60_000);
    expect(await store().ledger.renew({ subscriptionId: sub, localDate: DAY, owner: 'b', leaseMs: LEASE_MS, now: t1 })).toBe(false);
    expect(await store().ledger.renew({ subscriptionId: sub, localDate: DAY, owner: 'a', leaseMs: LEASE_MS, now: t1 })).toBe(true);
    expect((await claim(sub, 'b', new Date(t0.getTime() + LEASE_MS + 1))).kind).toBe('held');
    expect((await store().ledger.get(sub, DAY))?.leaseUntil).toEqual(new Date(t1.getTime() + LEASE_MS));
    expect(await store().ledger.renew({ subscriptionId: uniqueId('none'), localDate: DAY, owner: 'a', leaseMs: 1, now: t1 })).toBe(false);
  });

  it('lets only the owner finish; a finished row is done for every later claim', async () => {
    const sub = uniqueId('finish');
    const t0 = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', t0);
    const outcome = { status: 'posted', messageId: 'M1' } as const;
    expect(await store().ledger.finish(sub, DAY, 'b', outcome, t0)).toBe(false);
    expect(await store().ledger.finish(sub, DAY, 'a', outcome, new Date(t0.getTime() + 5_000))).toBe(true);
    const entry = await store().ledger.get(sub, DAY);
    expect(entry).toMatchObject({ status: 'posted', messageId: 'M1', detail: null, updatedAt: new Date(t0.getTime() + 5_000) });
    const muchLater = new Date(t0.getTime() + 30 * 86_400_000);
    expect(await claim(sub, 'c', muchLater)).toMatchObject({ kind: 'done', entry: { status: 'posted', owner: 'a' } });
    expect(await store().ledger.finish(sub, DAY, 'a', { status: 'failed', detail: 'late' }, muchLater)).toBe(false);
    expect(await store().ledger.release(sub, DAY, 'a', muchLater, 'late', muchLater)).toBe(false);
  });

  it.each(['failed', 'skipped', 'missed'] as const)('records %s with its detail as done', async (status) => {
    const sub = uniqueId(status);
    const t0 = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', t0);
    expect(await store().ledger.finish(sub, DAY, 'a', { status, detail: `why ${status}` }, t0)).toBe(true);
    expect(await claim(sub, 'b', new Date(t0.getTime() + 2 * LEASE_MS))).toMatchObject({
      kind: 'done', entry: { status, detail: `why ${status}`, messageId: null },
    });
  });

  it('refuses renew, finish and release to an owner whose claim was taken over', async () => {
    const sub = uniqueId('stale');
    const t0 = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', t0);
    const t1 = new Date(t0.getTime() + LEASE_MS + 1);
    expect((await claim(sub, 'b', t1)).kind).toBe('claimed');
    expect(await store().ledger.renew({ subscriptionId: sub, localDate: DAY, owner: 'a', leaseMs: LEASE_MS, now: t1 })).toBe(false);
    expect(await store().ledger.finish(sub, DAY, 'a', { status: 'posted', messageId: 'M-a' }, t1)).toBe(false);
    expect(await store().ledger.release(sub, DAY, 'a', t1, 'x', t1)).toBe(false);
    expect(await store().ledger.finish(sub, DAY, 'b', { status: 'posted', messageId: 'M-b' }, t1)).toBe(true);
    expect((await store().ledger.get(sub, DAY))?.messageId).toBe('M-b');
  });

  it('GIVEN a release THEN nobody claims before retryAt, and the retry is a fresh claim, not a takeover', async () => {
    const sub = uniqueId('release');
    const t0 = clock.set('2026-05-08T09:00:00Z');
    await claim(sub, 'a', t0);
    const t1 = new Date(t0.getTime() + 10_000);
    const retryAt = new Date(t1.getTime() + 300_000);
    expect(await store().ledger.release(sub, DAY, 'b', retryAt, '429', t1)).toBe(false);
    expect(await store().ledger.release(sub, DAY, 'a', retryAt, 'slack 429', t1)).toBe(true);
    expect(await store().ledger.get(sub, DAY)).toMatchObject({ status: 'claimed', retryAt, detail: 'slack 429' });
    expect(await store().ledger.finish(sub, DAY, 'a', { status: 'posted', messageId: 'M' }, t1)).toBe(false);
    expect(await store().ledger.renew({ subscriptionId: sub, localDate: DAY, owner: 'a', leaseMs: LEASE_MS, now: t1 })).toBe(false);
    expect((await claim(sub, 'b', new Date(retryAt.getTime() - 1))).kind).toBe('held');
    const stores = racers();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => claim(sub, `r-${i}`, retryAt, stores[i % stores.length])));
    expect(claimedCount(results)).toBe(1);
    expect(results.find((r) => r.kind === 'claimed')).toMatchObject({
      takenOver: false, entry: { attempts: 2, retryAt: null, claimedAt: t0, leaseUntil: new Date(retryAt.getTime() + LEASE_MS) },
    });
  });

  it('returns null for an unknown row and lists recent rows newest first', async () => {
    const sub = uniqueId('recent');
    expect(await store().ledger.get(sub, DAY)).toBeNull();
    const now = clock.set('2026-05-08T09:00:00Z');
    for (const day of ['2026-05-06', '2026-05-08', '2026-05-07']) {
      await store().ledger.claim({ subscriptionId: sub, localDate: day, owner: 'a', leaseMs: LEASE_MS, now });
    }
    await store().ledger.claim({ subscriptionId: uniqueId('other'), localDate: '2026-05-09', owner: 'a', leaseMs: LEASE_MS, now });
    expect((await store().ledger.recent(sub, 2)).map((e) => e.localDate)).toEqual(['2026-05-08', '2026-05-07']);
    expect(await store().ledger.recent(sub, 10)).toHaveLength(3);
  });
}
