/** Brings a database to the newest schema; safe when several processes start at once. */
import type { SqlClient } from './sql-client.js';
import type { Migration } from './migrations/migration.js';

export interface MigrateOptions {
  /** Created when missing; null: whatever schema the connection's search_path selects. */
  readonly schema: string | null;
  readonly now: Date;
}

/**
 * One transaction holds a transaction-level advisory lock while it reads the applied versions and applies the rest.
 * A second process blocks on the lock, then finds everything applied. The `_xact_` lock ends with the transaction,
 * so it can neither outlive a crash nor stay stuck on a pooled backend (session locks break behind PgBouncer's
 * transaction mode: RELIABILITY §0.6). PostgreSQL DDL is transactional: a failed migration leaves no trace.
 * Returns the versions this call applied.
 */
export async function migrate(client: SqlClient, migrations: readonly Migration[], options: MigrateOptions): Promise<number[]> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`summit-store-migrate:${options.schema ?? ''}`]);
    if (options.schema !== null) await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)`);
    const applied = new Set((await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, options.now]);
      done.push(migration.version);
    }
    return done;
  });
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema names come from configuration or tests; only plain lower-case identifiers are accepted. */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}
