import { describe, expect, it } from 'vitest';
import { createShardLeases, shardLeaseName, type ShardRunner } from '../../../adapters/discord/shard-leases.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { memoryLeases } from './memory-leases.js';

function fakeRunner(fail: ReadonlySet<number> = new Set()): ShardRunner & { running: Set<number>; starts: number[] } {
  const running = new Set<number>();
  const starts: number[] = [];
  return {
    running,
    starts,
    async start(id) {
      starts.push(id);
      if (fail.has(id)) throw new Error('Used disallowed intents');
      running.add(id);
    },
    async stop(id) {
      running.delete(id);
    },
  };
}

describe('createShardLeases', () => {
  it('runs each shard in the one process that holds its lease', async () => {
    const leases = memoryLeases();
    const a = fakeRunner();
    const b = fakeRunner();
    const first = createShardLeases({ shardCount: 3, leases, owner: 'a', ttlMs: 60_000, runner: a, logger: recordingLogger() });
    const second = createShardLeases({ shardCount: 3, leases, owner: 'b', ttlMs: 60_000, runner: b, logger: recordingLogger() });
    await first.start();
    await second.start();
    expect([...a.running].sort()).toEqual([0, 1, 2]);
    expect([...b.running]).toEqual([]);
    expect(leases.holder(shardLeaseName(1, 3))).toBe('a');
    await first.stop();
    expect(a.running.size).toBe(0);
    await second.tick();
    expect([...b.running].sort()).toEqual([0, 1, 2]);
    await second.stop();
  });

  it('stops a shard whose lease another replica took', async () => {
    const leases = memoryLeases();
    const runner = fakeRunner();
    const shards = createShardLeases({ shardCount: 1, leases, owner: 'a', ttlMs: 60_000, runner, logger: recordingLogger() });
    await shards.start();
    await leases.release(shardLeaseName(0, 1), 'a');
    await leases.acquire(shardLeaseName(0, 1), 'b', 60_000);
    await shards.tick();
    expect(runner.running.size).toBe(0);
    expect(shards.held()).toEqual([]);
    await shards.stop();
  });

  it('gives up a shard it cannot renew before the lease could lapse', async () => {
    const leases = memoryLeases();
    const runner = fakeRunner();
    const shards = createShardLeases({ shardCount: 1, leases, owner: 'a', ttlMs: 150, runner, logger: recordingLogger() });
    await shards.start();
    leases.cutOff('a');
    await shards.tick();
    // Still inside the TTL minus one renewal period: kept.
    expect(runner.running.has(0)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 120));
    await shards.tick();
    expect(runner.running.has(0)).toBe(false);
    await shards.stop();
  });

  it('backs off a shard that cannot connect and lets its lease go, without a reconnect loop', async () => {
    const leases = memoryLeases();
    const runner = fakeRunner(new Set([0]));
    const logger = recordingLogger();
    const shards = createShardLeases({ shardCount: 1, leases, owner: 'a', ttlMs: 60_000, runner, logger });
    await shards.start();
    await shards.tick();
    await shards.tick();
    expect(runner.starts).toEqual([0]);
    expect(leases.holder(shardLeaseName(0, 1))).toBeNull();
    expect(logger.lines.find((l) => l.level === 'error')?.fields).toMatchObject({ code: 'platform_send_failed', shard: 0 });
    await shards.stop();
  });
});
