/** The scheduler on the real PostgreSQL store: replicas racing one schema post once; a dead owner's claim is taken over. */
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { DEFAULT_LEASE_MS, runDailyDigest } from '../../src/schedule/run-daily-digest.js';
import { IN_CI, TEST_DATABASE_URL, dropSchemas, probePostgres, randomSchema } from '../store/postgres-test-db.js';
import { createHarness } from './digest-harness.js';

const unreachable = await probePostgres();
if (unreachable !== null && !IN_CI) {
  console.warn(`\n  ⚠ PostgreSQL digest scheduler tests SKIPPED: no server at ${TEST_DATABASE_URL} (${unreachable}). CI=true makes this a failure.\n`);
}

describe.runIf(unreachable !== null && IN_CI)('PostgreSQL under CI (digest scheduler)', () => {
  it('reaches TEST_DATABASE_URL', () => {
    throw new Error(`CI=true and no PostgreSQL at ${TEST_DATABASE_URL}: ${String(unreachable)}`);
  });
});

describe.skipIf(unreachable !== null)('digest scheduler on PostgreSQL', () => {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const open = (schema: string, now: () => Date): Store => {
    const store = createPostgresStore({ url: TEST_DATABASE_URL, schema, now, poolSize: 4 });
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    await dropSchemas(schemas);
  });

  it('four replicas with their own connection pools, ticking together, post once per channel and day', async () => {
    const schema = randomSchema();
    schemas.push(schema);
    const h = createHarness('2026-12-15T13:59:30Z', { store: (now) => open(schema, now) });
    const replicas = [h.store, open(schema, h.clock.now), open(schema, h.clock.now), open(schema, h.clock.now)];
    await h.store.ping();
    const channels = ['C1', 'C2', 'C3', 'C4', 'C5'];
    for (const c of channels) await h.subscribe(c, '09:00', 'America/New_York');
    for (let tick = 0; tick < 4; tick += 1) {
      await Promise.all(replicas.map((store, i) => runDailyDigest(h.deps(`replica-${i}`, { store }))));
      h.clock.advance(30_000);
    }
    for (const c of channels) expect(h.publisher.count(h.key(c, '2026-12-15'))).toBe(1);
    expect(h.publisher.posts).toHaveLength(channels.length);
    const rows = await Promise.all(channels.map((c) => h.store.ledger.get(`slack:T1:${c}`, '2026-12-15')));
    expect(rows.map((r) => r?.status)).toEqual(channels.map(() => 'posted'));
  });

  it.each([
    ['made its post', true],
    ['never posted', false],
  ])('a claim whose owner died after the claim (it %s) is taken over by another replica: exactly one post', async (_name, posted) => {
    const schema = randomSchema();
    schemas.push(schema);
    const h = createHarness('2026-12-15T14:00:00Z', { store: (now) => open(schema, now) });
    await h.subscribe('C1', '09:00', 'America/New_York');
    const claim = await h.store.ledger.claim({ subscriptionId: 'slack:T1:C1', localDate: '2026-12-15', owner: 'dead-host:1:x', leaseMs: DEFAULT_LEASE_MS, now: h.clock.now() });
    expect(claim.kind).toBe('claimed');
    if (posted) {
      await h.publisher.publish({ key: h.key('C1', '2026-12-15'), channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, localDate: '2026-12-15' as never,
        answer: { kind: 'problem', headline: 'x', items: [], followUps: [], data: { code: 'internal-error', message: 'x' } } });
    }
    const b = open(schema, h.clock.now);
    h.clock.advance(30_000);
    expect((await runDailyDigest(h.deps('replica-b', { store: b }))).held).toBe(1);
    h.clock.advance(DEFAULT_LEASE_MS);
    const report = await runDailyDigest(h.deps('replica-b', { store: b }));
    expect(report).toMatchObject(posted ? { recovered: 1, posted: 0 } : { recovered: 0, posted: 1 });
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect((await b.ledger.get('slack:T1:C1', '2026-12-15'))?.status).toBe('posted');
  });
});
