/** The real PostgreSQL the store tests use (TEST_DATABASE_URL): reachability, a random schema per run, cleanup. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Under CI an unreachable server fails the run; elsewhere the suites skip with a notice, so a newcomer's npm test passes. */
export const IN_CI = process.env.CI === 'true';

/** Null when the server answers, else why not. */
export async function probePostgres(url = TEST_DATABASE_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export const randomSchema = (): string => `summit_test_${randomBytes(6).toString('hex')}`;

export async function dropSchemas(schemas: readonly string[], url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function queryOnce<Row>(sql: string, url = TEST_DATABASE_URL): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}
