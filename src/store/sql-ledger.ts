/** The digest ledger on SQL: claims are single statements, so the database decides races (RELIABILITY §0.7, §3.3). */
import type { ClaimRequest, ClaimResult, LedgerEntry, LedgerOutcome, LedgerStatus, Store } from './store.js';
import type { SqlQuery } from './sql-client.js';

interface LedgerRow {
  readonly subscription_id: string;
  readonly local_date: string;
  readonly status: LedgerStatus;
  readonly owner: string;
  readonly lease_until: Date;
  readonly claimed_at: Date;
  readonly attempts: number;
  readonly retry_at: Date | null;
  readonly taken_over: boolean;
  readonly message_id: string | null;
  readonly detail: string | null;
  readonly updated_at: Date;
}

const toEntry = (row: LedgerRow): LedgerEntry => ({
  subscriptionId: row.subscription_id,
  localDate: row.local_date,
  status: row.status,
  owner: row.owner,
  leaseUntil: row.lease_until,
  claimedAt: row.claimed_at,
  attempts: row.attempts,
  retryAt: row.retry_at,
  messageId: row.message_id,
  detail: row.detail,
  updatedAt: row.updated_at,
});

const INSERT_CLAIM = `
  INSERT INTO digest_ledger (subscription_id, local_date, status, owner, lease_until, claimed_at, attempts, updated_at)
  VALUES ($1, $2, 'claimed', $3, $4, $5, 1, $5)
  ON CONFLICT (subscription_id, local_date) DO NOTHING
  RETURNING *`;

// A released row (retry_at set) may be retaken from retry_at; an unreleased one once its lease has lapsed.
// SET expressions read the old row, so taken_over records whether the previous owner vanished without a word.
// Racing updaters queue on the row lock and re-check the WHERE against the winner's row: one of them matches.
const TAKE_OVER = `
  UPDATE digest_ledger
  SET owner = $3, lease_until = $4, attempts = attempts + 1, taken_over = (retry_at IS NULL), retry_at = NULL, updated_at = $5
  WHERE subscription_id = $1 AND local_date = $2 AND status = 'claimed'
    AND CASE WHEN retry_at IS NULL THEN lease_until < $5 ELSE retry_at <= $5 END
  RETURNING *`;

/** Ours: still claimed by this owner and not given back. */
const OURS = `subscription_id = $1 AND local_date = $2 AND owner = $3 AND status = 'claimed' AND retry_at IS NULL`;

export function createSqlLedger(db: SqlQuery): Store['ledger'] {
  const select = async (subscriptionId: string, localDate: string): Promise<LedgerRow | undefined> =>
    (await db.query<LedgerRow>('SELECT * FROM digest_ledger WHERE subscription_id = $1 AND local_date = $2',
      [subscriptionId, localDate]))[0];

  return {
    async claim(request: ClaimRequest): Promise<ClaimResult> {
      const leaseUntil = new Date(request.now.getTime() + request.leaseMs);
      const params = [request.subscriptionId, request.localDate, request.owner, leaseUntil, request.now];
      const inserted = (await db.query<LedgerRow>(INSERT_CLAIM, params))[0];
      if (inserted) return { kind: 'claimed', entry: toEntry(inserted), takenOver: false };
      const taken = (await db.query<LedgerRow>(TAKE_OVER, params))[0];
      if (taken) return { kind: 'claimed', entry: toEntry(taken), takenOver: taken.taken_over };
      // The insert found a row, so it exists: ledger rows are never deleted.
      const row = await select(request.subscriptionId, request.localDate);
      if (!row) throw new Error(`ledger row ${request.subscriptionId} ${request.localDate} vanished during a claim`);
      return row.status === 'claimed' ? { kind: 'held', entry: toEntry(row) } : { kind: 'done', entry: toEntry(row) };
    },
    async renew(request) {
      const rows = await db.query(`UPDATE digest_ledger SET lease_until = $4, updated_at = $5 WHERE ${OURS} RETURNING 1`,
        [request.subscriptionId, request.localDate, request.owner, new Date(request.now.getTime() + request.leaseMs), request.now]);
      return rows.length === 1;
    },
    async finish(subscriptionId, localDate, owner, outcome: LedgerOutcome, now) {
      const messageId = outcome.status === 'posted' ? outcome.messageId : null;
      const detail = outcome.status === 'posted' ? null : outcome.detail;
      const rows = await db.query(
        `UPDATE digest_ledger SET status = $4, message_id = $5, detail = $6, updated_at = $7 WHERE ${OURS} RETURNING 1`,
        [subscriptionId, localDate, owner, outcome.status, messageId, detail, now]);
      return rows.length === 1;
    },
    async release(subscriptionId, localDate, owner, retryAt, detail, now) {
      const rows = await db.query(
        `UPDATE digest_ledger SET lease_until = $6, retry_at = $4, detail = $5, updated_at = $6 WHERE ${OURS} RETURNING 1`,
        [subscriptionId, localDate, owner, retryAt, detail, now]);
      return rows.length === 1;
    },
    async get(subscriptionId, localDate) {
      const row = await select(subscriptionId, localDate);
      return row ? toEntry(row) : null;
    },
    async recent(subscriptionId, limit) {
      const rows = await db.query<LedgerRow>(
        'SELECT * FROM digest_ledger WHERE subscription_id = $1 ORDER BY local_date COLLATE "C" DESC LIMIT $2',
        [subscriptionId, Math.max(0, Math.floor(limit))]);
      return rows.map(toEntry);
    },
  };
}
