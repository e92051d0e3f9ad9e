/** The store's contract: digest subscriptions, the digest ledger, platform state and the shared analysis cache. */
import type { ChannelRef, EventDeduper, InstallationVault, IsoDateLike, LeaseKeeper } from './store-types.js';

export type { ChannelRef };

export interface Subscription {
  /** `platform:workspace:channel` (workspace `-` when null); see subscriptionId(). */
  readonly id: string;
  readonly channel: ChannelRef;
  /** Local wall-clock time `HH:MM` in `timeZone`. */
  readonly time: string;
  /** IANA zone, validated before it reaches the store. */
  readonly timeZone: string;
  readonly enabled: boolean;
  readonly disabledReason: string | null;
  /** `command` (digest subscribe) or `config` (DIGEST_CHANNELS). */
  readonly source: 'command' | 'config';
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

export type LedgerStatus = 'claimed' | 'posted' | 'failed' | 'missed' | 'skipped';

/** One row per (subscription, local date): the only authority on whether a digest is due, in flight or done. */
export interface LedgerEntry {
  readonly subscriptionId: string;
  readonly localDate: IsoDateLike;
  readonly status: LedgerStatus;
  /** The process that holds the claim: host, pid and a per-start random id (a restarted process is a new owner). */
  readonly owner: string;
  /** The claim is live while `now <= leaseUntil`; after that any process may take it over. */
  readonly leaseUntil: Date;
  /** When the row was first claimed, kept across takeovers and retries: "posted since claimedAt" covers every attempt. */
  readonly claimedAt: Date;
  /** Claims so far, the first one included (a takeover or a retry after release adds one). */
  readonly attempts: number;
  /** Set only while the row is released (status stays `claimed`): the earliest time a retry may claim it. */
  readonly retryAt: Date | null;
  readonly messageId: string | null;
  readonly detail: string | null;
  readonly updatedAt: Date;
}

export type ClaimResult =
  /** This process now owns the row. `takenOver`: a previous owner's lease had expired, so it may have posted already. */
  | { readonly kind: 'claimed'; readonly entry: LedgerEntry; readonly takenOver: boolean }
  /** Posted, skipped, missed or failed for good: nothing to do. */
  | { readonly kind: 'done'; readonly entry: LedgerEntry }
  /** Another live owner holds it, or its retry time has not come. */
  | { readonly kind: 'held'; readonly entry: LedgerEntry };

export interface ClaimRequest {
  readonly subscriptionId: string;
  readonly localDate: IsoDateLike;
  readonly owner: string;
  readonly leaseMs: number;
  readonly now: Date;
}

export type LedgerOutcome =
  | { readonly status: 'posted'; readonly messageId: string }
  | { readonly status: 'failed' | 'skipped' | 'missed'; readonly detail: string };

export interface Store {
  readonly kind: 'embedded' | 'postgres';
  /** Cheap round trip for /readyz; throws BotError('store_unavailable') when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly subscriptions: {
    upsert(subscription: Omit<Subscription, 'createdAt' | 'enabled' | 'disabledReason'>, now: Date): Promise<Subscription>;
    remove(id: string): Promise<boolean>;
    get(id: string): Promise<Subscription | null>;
    listEnabled(): Promise<readonly Subscription[]>;
    disable(id: string, reason: string): Promise<void>;
  };
  readonly ledger: {
    /** Atomic: of any number of concurrent callers for one (subscription, date), at most one gets `claimed`. */
    claim(request: ClaimRequest): Promise<ClaimResult>;
    /** Extends our lease while a post is in flight; false if the row is no longer ours. */
    renew(request: ClaimRequest): Promise<boolean>;
    /** Final outcome, only by the owner; false if the row is no longer ours. */
    finish(subscriptionId: string, localDate: IsoDateLike, owner: string, outcome: LedgerOutcome, now: Date): Promise<boolean>;
    /** Gives the claim back after a transient failure: any replica may claim it again from `retryAt`. */
    release(subscriptionId: string, localDate: IsoDateLike, owner: string, retryAt: Date, detail: string, now: Date): Promise<boolean>;
    get(subscriptionId: string, localDate: IsoDateLike): Promise<LedgerEntry | null>;
    /** Newest first. */
    recent(subscriptionId: string, limit: number): Promise<readonly LedgerEntry[]>;
  };
  readonly events: EventDeduper;
  readonly installations: InstallationVault;
  readonly leases: LeaseKeeper;
  /** The shared analysis cache (per-article timexes and mentions), so replicas analyse a corpus once. */
  readonly analysis: {
    get(key: string): Promise<string | null>;
    put(key: string, json: string): Promise<void>;
  };
}

/** `platform:workspace:channel`, with `-` for no workspace. */
export function subscriptionId(channel: ChannelRef): string {
  return `${channel.platform}:${channel.workspaceId ?? '-'}:${channel.channelId}`;
}
