/** The default Store: PostgreSQL compiled to WASM (PGlite) in one folder, no server and no native build. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../ports.js';
import { silentLogger } from '../ports.js';
import { lockDir } from './dir-lock.js';
import type { DirLock } from './dir-lock.js';
import { createLazyClient } from './lazy-client.js';
import { migrate } from './migrate.js';
import { allMigrations } from './migrations/all-migrations.js';
import type { SqlClient, SqlParam, SqlQuery } from './sql-client.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';

export interface EmbeddedStoreOptions {
  /** The database folder (`<SUMMIT_STATE_DIR>/store`); omitted or null: in memory, gone on close (tests). */
  readonly dir?: string | null;
  readonly now?: () => Date;
  readonly logger?: Logger;
}

/**
 * Returns at once and opens on the first call, so nothing waits for it before it is needed: creating the cluster
 * takes several seconds on first use, opening an existing one about a second (docs/store.md has the figures).
 * One process at a time: a lock file beside the folder makes a second opener fail with store_unavailable.
 */
export function createEmbeddedStore(options: EmbeddedStoreOptions = {}): Store {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const dir = options.dir ? resolve(options.dir) : null;
  const lazy = createLazyClient({
    label: dir ? `embedded store ${dir}` : 'embedded store (in memory)',
    open: async () => {
      const started = performance.now();
      const client = await openPglite(dir);
      try {
        const applied = await migrate(client, allMigrations, { schema: null, now: now() });
        logger.info('store opened', { store: 'embedded', dir, ms: Math.round(performance.now() - started), applied });
        return client;
      } catch (err) {
        await client.close().catch(() => undefined);
        throw err;
      }
    },
  });
  return createSqlStore(lazy, { kind: 'embedded', now });
}

async function openPglite(dir: string | null): Promise<SqlClient> {
  let lock: DirLock | null = null;
  if (dir) {
    mkdirSync(dirname(dir), { recursive: true });
    lock = lockDir(`${dir}.lock`, `the embedded store ${dir}`);
  }
  try {
    // Loaded on first use: importing the store module must not pull in the WASM build.
    const { PGlite: Database } = await import('@electric-sql/pglite');
    const db = await Database.create(dir ?? 'memory://');
    return pgliteClient(db, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
}

function pgliteClient(db: PGlite, lock: DirLock | null): SqlClient {
  const on = (runner: Pick<PGlite, 'query' | 'exec'>): SqlQuery => ({
    async query<Row>(text: string, params: readonly SqlParam[] = []) {
      return (await runner.query<Row>(text, [...params])).rows;
    },
    async exec(text: string) {
      await runner.exec(text);
    },
  });
  return {
    ...on(db),
    transaction: (work) => db.transaction((tx) => work(on(tx))),
    async close() {
      try {
        // Closing checkpoints the WAL, so the next open needs no recovery.
        await db.close();
      } finally {
        lock?.release();
      }
    },
  };
}
