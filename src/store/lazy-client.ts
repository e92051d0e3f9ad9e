/** A SqlClient that opens (and migrates) on first use, retries a failed open on the next call, and reports BotErrors. */
import { BotError, isBotError } from '../errors.js';
import type { SqlClient, SqlParam, SqlQuery } from './sql-client.js';

export interface LazyClientOptions {
  /** Names the store in error messages: `embedded store`, `PostgreSQL store`. */
  readonly label: string;
  /** Connects and migrates; called again after a failure, so a database that comes back is picked up. */
  readonly open: () => Promise<SqlClient>;
}

/** Any failure to reach or use the database becomes BotError('store_unavailable'), keeping the original as `cause`. */
export function storeUnavailable(label: string, err: unknown): BotError {
  if (isBotError(err)) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new BotError('store_unavailable', `${label}: ${reason}`, { cause: err });
}

export function createLazyClient(options: LazyClientOptions): SqlClient {
  const { label } = options;
  let opening: Promise<SqlClient> | null = null;
  let closed = false;

  const client = async (): Promise<SqlClient> => {
    if (closed) throw new BotError('store_unavailable', `${label} is closed`);
    opening ??= options.open().catch((err: unknown) => {
      opening = null;
      throw err;
    });
    return opening;
  };
  const guard = async <T>(work: (db: SqlClient) => Promise<T>): Promise<T> => {
    try {
      return await work(await client());
    } catch (err) {
      throw storeUnavailable(label, err);
    }
  };

  return {
    query: <Row>(text: string, params?: readonly SqlParam[]) => guard((db) => db.query<Row>(text, params)),
    exec: (text: string) => guard((db) => db.exec(text)),
    transaction: <T>(work: (tx: SqlQuery) => Promise<T>) => guard((db) => db.transaction(work)),
    async close() {
      if (closed) return;
      closed = true;
      // Never opens a database just to close it; waits for an open under way, then closes what it opened.
      const pending = opening;
      if (!pending) return;
      const db = await pending.catch(() => null); // an open that failed left nothing to close
      if (!db) return;
      try {
        await db.close();
      } catch (err) {
        throw storeUnavailable(label, err);
      }
    },
  };
}
