/** The PostgreSQL store against the real server: the contract, racing instances, concurrent migrations, reconnection. */
import { afterAll, describe, expect, it } from 'vitest';
import { BotError } from '../../src/errors.js';
import { allMigrations } from '../../src/store/migrations/all-migrations.js';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { recordingLogger } from '../fakes/recording-logger.js';
import { IN_CI, TEST_DATABASE_URL, dropSchemas, probePostgres, queryOnce, randomSchema } from './postgres-test-db.js';
import { describeStoreContract } from './store-contract.js';
import { startTcpProxy } from './tcp-proxy.js';

const unreachable = await probePostgres();
if (unreachable !== null && !IN_CI) {
  console.warn(`\n  ⚠ PostgreSQL store tests SKIPPED: no server at ${TEST_DATABASE_URL} (${unreachable}). CI=true makes this a failure.\n`);
}

describe.runIf(unreachable !== null && IN_CI)('PostgreSQL under CI', () => {
  it('reaches TEST_DATABASE_URL', () => {
    throw new Error(`CI=true and no PostgreSQL at ${TEST_DATABASE_URL}: ${String(unreachable)}`);
  });
});

describe.skipIf(unreachable !== null)('PostgreSQL store', () => {
  const schemas: string[] = [];
  const stores: Store[] = [];
  const open = (schema: string, extra: Partial<Parameters<typeof createPostgresStore>[0]> = {}): Store => {
    const store = createPostgresStore({ url: TEST_DATABASE_URL, schema, ...extra });
    stores.push(store);
    return store;
  };
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    await dropSchemas(schemas);
  });

  const contractSchema = randomSchema();
  schemas.push(contractSchema);
  // A pool of 8 spreads the 20 racing claims over several connections; the peer is a second process's pool.
  describeStoreContract('postgres', async (now) => open(contractSchema, { now, poolSize: 8 }), {
    makePeer: async (now) => open(contractSchema, { now, poolSize: 4 }),
  });

  it('GIVEN two instances starting at once on a fresh schema THEN the migrations run once and both work', async () => {
    const schema = randomSchema();
    schemas.push(schema);
    const logs = [recordingLogger(), recordingLogger()];
    const [a, b] = logs.map((logger) => open(schema, { logger }));
    await Promise.all([a!.ping(), b!.ping()]);
    const migrated = logs.flatMap((l) => l.lines.filter((line) => line.msg === 'store migrated'));
    expect(migrated).toHaveLength(1);
    expect(migrated[0]?.fields['applied']).toEqual(allMigrations.map((m) => m.version));
    const versions = await queryOnce<{ version: number }>(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
    expect(versions.map((v) => v.version)).toEqual(allMigrations.map((m) => m.version));
    const sub = { id: 'slack:T:C', channel: { platform: 'slack', workspaceId: 'T', channelId: 'C' }, time: '09:00', timeZone: 'UTC',
      source: 'command', createdBy: null } as const;
    await a!.subscriptions.upsert(sub, new Date('2026-05-01T00:00:00Z'));
    expect((await b!.subscriptions.get(sub.id))?.time).toBe('09:00');
  });

  it('fails with store_unavailable while the server is away and recovers by itself when it is back', async () => {
    const schema = randomSchema();
    schemas.push(schema);
    const target = new URL(TEST_DATABASE_URL);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    try {
      const url = new URL(TEST_DATABASE_URL);
      url.port = String(proxy.port);
      const store = open(schema, { url: url.toString(), connectTimeoutMs: 1_000 });
      await store.ping();
      await proxy.stop();
      const failure = await store.ping().then(() => null, (err: unknown) => err);
      expect(failure).toBeInstanceOf(BotError);
      expect(failure).toMatchObject({ code: 'store_unavailable' });
      expect((failure as BotError).cause).toBeDefined();
      await expect(store.analysis.get('k')).rejects.toMatchObject({ code: 'store_unavailable' });
      await proxy.start();
      await store.ping();
      await store.analysis.put('k', '{}');
      expect(await store.analysis.get('k')).toBe('{}');
    } finally {
      await proxy.close();
    }
  });

  it('retries migrations on the next call when the server was down at the first one', async () => {
    const schema = randomSchema();
    schemas.push(schema);
    const target = new URL(TEST_DATABASE_URL);
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    try {
      await proxy.stop();
      const url = new URL(TEST_DATABASE_URL);
      url.port = String(proxy.port);
      const store = open(schema, { url: url.toString(), connectTimeoutMs: 1_000 });
      await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
      await proxy.start();
      await store.ping();
      expect(await store.installations.find('nobody')).toBeNull();
    } finally {
      await proxy.close();
    }
  });
});
