/** Discord's identify limit for every shard this process (or, with a lease keeper, every replica) connects. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { LeaseKeeper } from '../../src/ports.js';

/** The shape @discordjs/ws asks for (IIdentifyThrottler): resolve when the shard may send IDENTIFY. */
export interface IdentifyGate {
  waitForIdentify(shardId: number, signal: AbortSignal): Promise<void>;
}

/** Discord: at most `max_concurrency` IDENTIFYs per 5 s, bucketed by `shard_id % max_concurrency`. */
export const IDENTIFY_SPACING_MS = 5000;
const POLL_MS = 250;

export interface IdentifyGateOptions {
  readonly maxConcurrency: number;
  /** With a lease keeper the 5 s slot is a lease, so replicas starting together do not identify at once. */
  readonly leases?: LeaseKeeper;
  readonly owner: string;
  readonly spacingMs?: number;
}

export function createIdentifyGate({ maxConcurrency, leases, owner, spacingMs = IDENTIFY_SPACING_MS }: IdentifyGateOptions): IdentifyGate {
  const buckets = new Map<number, Promise<void>>();
  const lastAt = new Map<number, number>();
  let attempt = 0;
  const local = async (bucket: number, signal: AbortSignal): Promise<void> => {
    const wait = (lastAt.get(bucket) ?? -Infinity) + spacingMs - Date.now();
    if (wait > 0) await sleep(wait, undefined, { signal });
    lastAt.set(bucket, Date.now());
  };
  const leased = async (keeper: LeaseKeeper, bucket: number, signal: AbortSignal): Promise<void> => {
    // A fresh owner per attempt: the lease must not count as "already ours" for this process's next shard.
    const me = `${owner}#identify-${++attempt}`;
    // The lease is never released: it expires after the spacing, which is the point.
    for (;;) {
      const granted = await keeper.acquire(`discord:identify:${bucket}`, me, spacingMs).catch(() => null);
      // The store is down: keep to the limit within this process rather than stop identifying.
      if (granted === null) return local(bucket, signal);
      if (granted) return;
      await sleep(POLL_MS + Math.random() * POLL_MS, undefined, { signal });
    }
  };
  return {
    waitForIdentify(shardId, signal) {
      const bucket = shardId % Math.max(1, maxConcurrency);
      // One identify at a time per bucket in this process; the chain survives an aborted wait.
      const previous = buckets.get(bucket) ?? Promise.resolve();
      const mine = previous.then(() => (leases ? leased(leases, bucket, signal) : local(bucket, signal)));
      buckets.set(bucket, mine.catch(() => undefined));
      return mine;
    },
  };
}
