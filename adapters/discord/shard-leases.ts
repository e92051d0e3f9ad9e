/** Which gateway shards this process runs: each one only while it holds that shard's lease, renewed on a timer. */
import type { LeaseKeeper, Logger } from '../../src/ports.js';

/** Connects and disconnects one shard; `start` resolves once the shard is connected, and rejects if it cannot be. */
export interface ShardRunner {
  start(shardId: number): Promise<void>;
  stop(shardId: number): Promise<void>;
}

export interface ShardLeasesOptions {
  readonly shardCount: number;
  readonly leases: LeaseKeeper;
  readonly owner: string;
  /** How long a lease lives without renewal: a replica that dies hands its shards over after this. */
  readonly ttlMs: number;
  readonly runner: ShardRunner;
  readonly logger: Logger;
}

export interface ShardLeases {
  /** Takes what it can on the first round and waits for those shards to connect (failures are logged, not thrown). */
  start(): Promise<void>;
  /** Stops every shard, then releases its lease so a standby can take over at once instead of after the TTL. */
  stop(): Promise<void>;
  /** One round of acquire-or-renew for every shard. */
  tick(): Promise<void>;
  held(): readonly number[];
  /** The shard closed for good after connecting (discord.js gives up on 4004, 4014…): stop it and back off. */
  fail(shardId: number, err: unknown): Promise<void>;
}

/** A lease keeper for a single process: every lease is always ours, so every shard runs here. */
export const soleOwner: LeaseKeeper = { acquire: async () => true, release: async () => undefined };

export const shardLeaseName = (shardId: number, shardCount: number): string => `discord:shard:${shardId}/${shardCount}`;

const MAX_BACKOFF_MS = 5 * 60_000;

export function createShardLeases({ shardCount, leases, owner, ttlMs, runner, logger }: ShardLeasesOptions): ShardLeases {
  // Renew three times per TTL, so one slow or failed round never lets a lease lapse.
  const every = Math.max(50, Math.floor(ttlMs / 3));
  const held = new Map<number, { renewedAt: number; started: Promise<void> }>();
  const failures = new Map<number, { count: number; retryAt: number }>();
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | null = null;
  let stopped = false;

  const name = (id: number): string => shardLeaseName(id, shardCount);
  const drop = async (id: number, reason: string): Promise<void> => {
    if (!held.delete(id)) return;
    logger.warn('discord shard stopped', { adapter: 'discord', shard: id, reason });
    await runner.stop(id).catch((err: unknown) => logger.error('discord shard stop failed', { code: 'platform_send_failed', shard: id, err }));
  };
  const take = (id: number, now: number): void => {
    const started = runner.start(id).then(
      () => {
        failures.delete(id);
        logger.info('discord shard connected', { adapter: 'discord', shard: id, shardCount, owner });
      },
      (err: unknown) => fail(id, err),
    );
    held.set(id, { renewedAt: now, started });
  };
  /** A shard that cannot connect (bad token, disallowed intents, network) backs off instead of looping. */
  const fail = async (id: number, err: unknown): Promise<void> => {
    const count = (failures.get(id)?.count ?? 0) + 1;
    failures.set(id, { count, retryAt: Date.now() + Math.min(MAX_BACKOFF_MS, 5000 * 2 ** (count - 1)) });
    logger.error('discord shard failed', { code: 'platform_send_failed', adapter: 'discord', shard: id, attempt: count, err });
    await drop(id, 'shard failed');
    // Released so a replica that can connect (another network, a newer deploy) may take the shard meanwhile.
    await leases.release(name(id), owner).catch(() => undefined);
  };

  const visit = async (id: number): Promise<void> => {
    const mine = held.get(id);
    if (!mine && (failures.get(id)?.retryAt ?? 0) > Date.now()) return;
    const granted = await leases.acquire(name(id), owner, ttlMs).catch((err: unknown) => {
      logger.warn('discord shard lease unavailable', { adapter: 'discord', shard: id, err });
      return null;
    });
    const now = Date.now();
    if (stopped) return;
    if (granted === true) {
      if (mine) mine.renewedAt = now;
      else take(id, now);
    } else if (mine && granted === false) {
      await drop(id, 'lease taken by another replica');
    } else if (mine && now >= mine.renewedAt + ttlMs - every) {
      // The store does not answer and our lease is about to lapse: let go before another replica may take the shard.
      await drop(id, 'lease could not be renewed');
    }
  };

  const tick = (): Promise<void> => {
    round ??= (async () => {
      for (let id = 0; id < shardCount && !stopped; id++) await visit(id);
    })().finally(() => {
      round = null;
    });
    return round;
  };

  return {
    async start() {
      await tick();
      await Promise.all([...held.values()].map((h) => h.started));
      if (!stopped) timer = setInterval(() => void tick(), every);
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await round;
      const ids = [...held.keys()];
      await Promise.all(ids.map((id) => drop(id, 'adapter stopping')));
      await Promise.all(ids.map((id) => leases.release(name(id), owner).catch(() => undefined)));
    },
    tick,
    held: () => [...held.keys()],
    fail,
  };
}
