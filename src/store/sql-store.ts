/** The Store over any SqlClient: the one set of SQL that the embedded (PGlite) and PostgreSQL stores share. */
import type { Store, Subscription } from './store.js';
import type { SqlClient } from './sql-client.js';
import { createSqlLedger } from './sql-ledger.js';

export interface SqlStoreOptions {
  readonly kind: Store['kind'];
  /** The clock for dedupe, leases and cache stamps (their port methods take no `now`); ledger calls pass their own. */
  readonly now: () => Date;
}

interface SubscriptionRow {
  readonly id: string;
  readonly platform: Subscription['channel']['platform'];
  readonly workspace_id: string | null;
  readonly channel_id: string;
  readonly digest_time: string;
  readonly time_zone: string;
  readonly enabled: boolean;
  readonly disabled_reason: string | null;
  readonly source: Subscription['source'];
  readonly created_by: string | null;
  readonly created_at: Date;
}

const toSubscription = (row: SubscriptionRow): Subscription => ({
  id: row.id,
  channel: { platform: row.platform, workspaceId: row.workspace_id, channelId: row.channel_id },
  time: row.digest_time,
  timeZone: row.time_zone,
  enabled: row.enabled,
  disabledReason: row.disabled_reason,
  source: row.source,
  createdBy: row.created_by,
  createdAt: row.created_at,
});

// Re-subscribing replaces time, zone and source and turns a disabled subscription back on; created_* stay.
const UPSERT_SUBSCRIPTION = `
  INSERT INTO subscriptions (id, platform, workspace_id, channel_id, digest_time, time_zone, source, created_by, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
  ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, workspace_id = excluded.workspace_id,
    channel_id = excluded.channel_id, digest_time = excluded.digest_time, time_zone = excluded.time_zone,
    source = excluded.source, enabled = true, disabled_reason = NULL, updated_at = excluded.updated_at
  RETURNING *`;

// Inserts a new key, or refreshes one whose window has passed; a key still inside its window returns no row.
const FIRST_SEEN = `
  INSERT INTO seen_events (key, expires_at) VALUES ($1, $2)
  ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE seen_events.expires_at <= $3
  RETURNING 1`;

/** Bounded, so one prune never holds locks for long however many keys piled up; the rest go next time. */
const PRUNE_SEEN = `
  DELETE FROM seen_events WHERE key IN (SELECT key FROM seen_events WHERE expires_at <= $1 LIMIT 5000)`;
const PRUNE_EVERY_MS = 60_000;

// Free, expired (strictly before now, as for ledger leases) or already ours: take or extend it.
const ACQUIRE_LEASE = `
  INSERT INTO leases (name, owner, lease_until) VALUES ($1, $2, $3)
  ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
  WHERE leases.owner = excluded.owner OR leases.lease_until < $4
  RETURNING 1`;

export function createSqlStore(db: SqlClient, options: SqlStoreOptions): Store {
  const { now } = options;
  let lastPruneMs = Number.NEGATIVE_INFINITY;

  return {
    kind: options.kind,
    async ping() {
      await db.query('SELECT 1');
    },
    close: () => db.close(),
    subscriptions: {
      async upsert(s, at) {
        const rows = await db.query<SubscriptionRow>(UPSERT_SUBSCRIPTION, [s.id, s.channel.platform, s.channel.workspaceId,
          s.channel.channelId, s.time, s.timeZone, s.source, s.createdBy, at]);
        return toSubscription(rows[0] as SubscriptionRow);
      },
      async remove(id) {
        return (await db.query('DELETE FROM subscriptions WHERE id = $1 RETURNING 1', [id])).length === 1;
      },
      async get(id) {
        const row = (await db.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE id = $1', [id]))[0];
        return row ? toSubscription(row) : null;
      },
      async listEnabled() {
        const rows = await db.query<SubscriptionRow>('SELECT * FROM subscriptions WHERE enabled ORDER BY id COLLATE "C"');
        return rows.map(toSubscription);
      },
      async disable(id, reason) {
        await db.query('UPDATE subscriptions SET enabled = false, disabled_reason = $2, updated_at = $3 WHERE id = $1',
          [id, reason, now()]);
      },
    },
    ledger: createSqlLedger(db),
    events: {
      async firstSeen(key, ttlMs) {
        const at = now();
        const first = (await db.query(FIRST_SEEN, [key, new Date(at.getTime() + ttlMs), at])).length === 1;
        if (at.getTime() - lastPruneMs >= PRUNE_EVERY_MS) {
          lastPruneMs = at.getTime();
          await db.query(PRUNE_SEEN, [at]);
        }
        return first;
      },
    },
    installations: {
      async save(key, json) {
        await db.query(`INSERT INTO installations (key, json, updated_at) VALUES ($1, $2, $3)
          ON CONFLICT (key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`, [key, json, now()]);
      },
      async find(key) {
        return (await db.query<{ json: string }>('SELECT json FROM installations WHERE key = $1', [key]))[0]?.json ?? null;
      },
      async remove(key) {
        await db.query('DELETE FROM installations WHERE key = $1', [key]);
      },
    },
    leases: {
      async acquire(name, owner, ttlMs) {
        const at = now();
        return (await db.query(ACQUIRE_LEASE, [name, owner, new Date(at.getTime() + ttlMs), at])).length === 1;
      },
      async release(name, owner) {
        await db.query('DELETE FROM leases WHERE name = $1 AND owner = $2', [name, owner]);
      },
    },
    analysis: {
      async get(key) {
        return (await db.query<{ json: string }>('SELECT json FROM analysis_cache WHERE key = $1', [key]))[0]?.json ?? null;
      },
      async put(key, json) {
        await db.query(`INSERT INTO analysis_cache (key, json, updated_at) VALUES ($1, $2, $3)
          ON CONFLICT (key) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at`, [key, json, now()]);
      },
    },
  };
}
