/** The Store on a PostgreSQL server (DATABASE_URL), through a `pg` Pool: what several replicas share. */
import type pg from 'pg';
import type { Logger } from '../ports.js';
import { silentLogger } from '../ports.js';
import { createLazyClient } from './lazy-client.js';
import { migrate, quoteIdentifier } from './migrate.js';
import { allMigrations } from './migrations/all-migrations.js';
import type { SqlClient, SqlParam, SqlQuery } from './sql-client.js';
import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';

export interface PostgresStoreOptions {
  readonly url: string;
  /** Keeps every table in this schema (created if missing) via the connections' search_path; tests use a random one. */
  readonly schema?: string;
  /** Connections in the pool (default 10). */
  readonly poolSize?: number;
  /** How long a call waits for a connection before it fails with store_unavailable (default 5 s). */
  readonly connectTimeoutMs?: number;
  readonly now?: () => Date;
  readonly logger?: Logger;
}

/**
 * Returns at once; the first call connects and migrates. A pool opens connections on demand and drops broken ones,
 * so after the server restarts the next call (ping from /readyz included) simply connects again.
 */
export function createPostgresStore(options: PostgresStoreOptions): Store {
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const schema = options.schema ?? null;
  // `pg` is loaded with the first call, not at import: a bot on the embedded store never pays its load time.
  let pooled: Promise<SqlClient> | null = null;
  const connect = (): Promise<SqlClient> =>
    (pooled ??= import('pg').then(
      ({ default: driver }) => createPoolClient(openPool(driver, options, logger)),
      (err: unknown) => {
        pooled = null;
        throw err;
      },
    ));
  const lazy = createLazyClient({
    label: 'PostgreSQL store',
    open: async () => {
      const raw = await connect();
      const applied = await migrate(raw, allMigrations, { schema, now: now() });
      if (applied.length > 0) logger.info('store migrated', { store: 'postgres', applied });
      return raw;
    },
  });
  return createSqlStore(
    {
      query: (text, params) => lazy.query(text, params),
      exec: (text) => lazy.exec(text),
      transaction: (work) => lazy.transaction(work),
      async close() {
        await lazy.close();
        // A pool whose migration failed is not the lazy client's to close.
        await pooled?.then((raw) => raw.close(), () => undefined);
      },
    },
    { kind: 'postgres', now },
  );
}

function openPool(driver: typeof pg, options: PostgresStoreOptions, logger: Logger): pg.Pool {
  const schema = options.schema ?? null;
  const pool = new driver.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    // A half-open TCP connection (server host gone) would otherwise hang a call until the kernel gives up.
    query_timeout: 30_000,
    keepAlive: true,
    ...(schema !== null ? { options: `-c search_path=${quoteIdentifier(schema)}` } : {}),
  });
  // An idle connection the server closes (restart, failover) emits 'error' on the pool; unheard, it would end the process.
  pool.on('error', (err) => logger.warn('store connection lost; the pool reconnects on next use', { code: 'store_unavailable', err }));
  return pool;
}

function createPoolClient(pool: pg.Pool): SqlClient {
  let ended = false;
  const on = (runner: pg.Pool | pg.PoolClient): SqlQuery => ({
    async query<Row>(text: string, params: readonly SqlParam[] = []) {
      return (await runner.query(text, [...params])).rows as Row[];
    },
    async exec(text: string) {
      await runner.query(text);
    },
  });
  return {
    ...on(pool),
    async transaction(work) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
        const result = await work(on(connection));
        await connection.query('COMMIT');
        connection.release();
        return result;
      } catch (err) {
        await connection.query('ROLLBACK').catch(() => undefined);
        // Passing the error discards the connection: it may be the broken one.
        connection.release(err instanceof Error ? err : true);
        throw err;
      }
    },
    async close() {
      if (ended) return;
      ended = true;
      await pool.end();
    },
  };
}
