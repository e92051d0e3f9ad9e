/** An in-memory Store with the same semantics as the SQL stores, for unit tests of the scheduler and adapters. */
import type { ClaimRequest, ClaimResult, LedgerEntry, LedgerOutcome, Store, Subscription } from '../../src/store/store.js';

export interface MemoryStoreOptions {
  /** The clock for dedupe and leases, whose port methods take no `now` (ledger calls pass theirs). Default: wall clock. */
  readonly now?: () => Date;
}

const ledgerKey = (subscriptionId: string, localDate: string): string => `${subscriptionId}\u0000${localDate}`;

/**
 * Every method runs synchronously to completion before its promise settles, so concurrent callers see the same
 * all-or-nothing behaviour the SQL stores get from single statements: of N racing claims exactly one wins.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const clock = options.now ?? (() => new Date());
  const subscriptions = new Map<string, Subscription>();
  const ledger = new Map<string, LedgerEntry>();
  const seen = new Map<string, number>();
  const installations = new Map<string, string>();
  const leases = new Map<string, { owner: string; until: number }>();
  const analysis = new Map<string, string>();
  let closed = false;

  const live = async (): Promise<void> => {
    if (closed) throw new Error('memory store is closed');
  };
  /** A row a claim may (re)take: still `claimed`, and either released with its retry time come, or its lease expired. */
  const claimable = (row: LedgerEntry, now: Date): boolean =>
    row.retryAt !== null ? row.retryAt.getTime() <= now.getTime() : row.leaseUntil.getTime() < now.getTime();
  /** Ours to renew or finish: still claimed by us, and not given back. */
  const ours = (row: LedgerEntry | undefined, owner: string): row is LedgerEntry =>
    row !== undefined && row.status === 'claimed' && row.owner === owner && row.retryAt === null;

  return {
    kind: 'embedded',
    async ping() {
      await live();
    },
    async close() {
      closed = true;
    },
    subscriptions: {
      async upsert(input, now) {
        await live();
        const previous = subscriptions.get(input.id);
        const row: Subscription = {
          ...input,
          enabled: true,
          disabledReason: null,
          createdAt: previous?.createdAt ?? now,
        };
        subscriptions.set(row.id, row);
        return row;
      },
      async remove(id) {
        await live();
        return subscriptions.delete(id);
      },
      async get(id) {
        await live();
        return subscriptions.get(id) ?? null;
      },
      async listEnabled() {
        await live();
        return [...subscriptions.values()].filter((s) => s.enabled).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      },
      async disable(id, reason) {
        await live();
        const row = subscriptions.get(id);
        if (row) subscriptions.set(id, { ...row, enabled: false, disabledReason: reason });
      },
    },
    ledger: {
      async claim(request: ClaimRequest): Promise<ClaimResult> {
        await live();
        const key = ledgerKey(request.subscriptionId, request.localDate);
        const leaseUntil = new Date(request.now.getTime() + request.leaseMs);
        const row = ledger.get(key);
        if (!row) {
          const entry: LedgerEntry = {
            subscriptionId: request.subscriptionId,
            localDate: request.localDate,
            status: 'claimed',
            owner: request.owner,
            leaseUntil,
            claimedAt: request.now,
            attempts: 1,
            retryAt: null,
            messageId: null,
            detail: null,
            updatedAt: request.now,
          };
          ledger.set(key, entry);
          return { kind: 'claimed', entry, takenOver: false };
        }
        if (row.status !== 'claimed') return { kind: 'done', entry: row };
        if (!claimable(row, request.now)) return { kind: 'held', entry: row };
        // A released row was given back cleanly; an expired lease means the owner vanished mid-post.
        const takenOver = row.retryAt === null;
        const entry: LedgerEntry = {
          ...row,
          owner: request.owner,
          leaseUntil,
          attempts: row.attempts + 1,
          retryAt: null,
          updatedAt: request.now,
        };
        ledger.set(key, entry);
        return { kind: 'claimed', entry, takenOver };
      },
      async renew(request) {
        await live();
        const key = ledgerKey(request.subscriptionId, request.localDate);
        const row = ledger.get(key);
        if (!ours(row, request.owner)) return false;
        ledger.set(key, { ...row, leaseUntil: new Date(request.now.getTime() + request.leaseMs), updatedAt: request.now });
        return true;
      },
      async finish(subscriptionId, localDate, owner, outcome: LedgerOutcome, now) {
        await live();
        const key = ledgerKey(subscriptionId, localDate);
        const row = ledger.get(key);
        if (!ours(row, owner)) return false;
        ledger.set(key, {
          ...row,
          status: outcome.status,
          messageId: outcome.status === 'posted' ? outcome.messageId : null,
          detail: outcome.status === 'posted' ? null : outcome.detail,
          retryAt: null,
          updatedAt: now,
        });
        return true;
      },
      async release(subscriptionId, localDate, owner, retryAt, detail, now) {
        await live();
        const key = ledgerKey(subscriptionId, localDate);
        const row = ledger.get(key);
        if (!ours(row, owner)) return false;
        ledger.set(key, { ...row, leaseUntil: now, retryAt, detail, updatedAt: now });
        return true;
      },
      async get(subscriptionId, localDate) {
        await live();
        return ledger.get(ledgerKey(subscriptionId, localDate)) ?? null;
      },
      async recent(subscriptionId, limit) {
        await live();
        return [...ledger.values()]
          .filter((e) => e.subscriptionId === subscriptionId)
          .sort((a, b) => (a.localDate < b.localDate ? 1 : a.localDate > b.localDate ? -1 : 0))
          .slice(0, Math.max(0, limit));
      },
    },
    events: {
      async firstSeen(key, ttlMs) {
        await live();
        const now = clock().getTime();
        const expires = seen.get(key);
        if (expires !== undefined && expires > now) return false;
        seen.set(key, now + ttlMs);
        return true;
      },
    },
    installations: {
      async save(key, json) {
        await live();
        installations.set(key, json);
      },
      async find(key) {
        await live();
        return installations.get(key) ?? null;
      },
      async remove(key) {
        await live();
        installations.delete(key);
      },
    },
    leases: {
      async acquire(name, owner, ttlMs) {
        await live();
        const now = clock().getTime();
        const held = leases.get(name);
        if (held && held.owner !== owner && held.until >= now) return false;
        leases.set(name, { owner, until: now + ttlMs });
        return true;
      },
      async release(name, owner) {
        await live();
        if (leases.get(name)?.owner === owner) leases.delete(name);
      },
    },
    analysis: {
      async get(key) {
        await live();
        return analysis.get(key) ?? null;
      },
      async put(key, json) {
        await live();
        analysis.set(key, json);
      },
    },
  };
}
