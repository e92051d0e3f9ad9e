/** Two replicas, one shard: the lease keeps its gateway connection in exactly one process, and hands it over. */
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index.js';
import type { Answer } from '../../../src/answer/answer.js';
import { silentLogger, type LeaseKeeper, type PlatformAdapter } from '../../../src/ports.js';
import { createFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { slash } from './discord-payloads.js';
import { memoryLeases } from './memory-leases.js';

const help: Answer = { kind: 'help', headline: 'help', items: [], followUps: [], data: { commands: [] } };

describe('Discord shard leases across replicas', () => {
  let fake: FakeDiscord;
  const adapters: PlatformAdapter[] = [];
  const replica = (owner: string, leases: LeaseKeeper, ttlMs: number): PlatformAdapter => {
    const answered: string[] = [];
    const adapter = createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, shardCount: 1 }, {
      bot: { answer: () => help, handle: async (text) => (answered.push(text), help) }, logger: silentLogger, leases, owner,
      tuning: { leaseTtlMs: ttlMs, identifySpacingMs: 100, registerOnStart: false },
    });
    adapters.push(adapter);
    return adapter;
  };
  const identifies = () => fake.frames.filter((f) => f.op === 2);
  const answeredOnce = async (): Promise<void> => {
    const { id } = slash(fake, 'help');
    await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the answer');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`))).toHaveLength(1);
  };

  afterEach(async () => {
    for (const adapter of adapters.splice(0)) await adapter.stop();
    await fake?.close();
  });

  it('connects the shard from one replica only, and the standby takes it when the holder stops', async () => {
    fake = await createFakeDiscord();
    const leases = memoryLeases();
    const a = replica('replica-a', leases, 1500);
    const b = replica('replica-b', leases, 1500);
    await a.start();
    await b.start();
    expect(identifies()).toHaveLength(1);
    expect(leases.holder('discord:shard:0/1')).toBe('replica-a');
    expect(b.isReady()).toBe(true);
    await answeredOnce();
    await a.stop();
    await fake.waitFor(() => identifies().length === 2 && fake.liveConnections(0) === 1, 'the standby to connect');
    expect(leases.holder('discord:shard:0/1')).toBe('replica-b');
    await answeredOnce();
    expect(fake.maxLivePerShard.get(0)).toBe(1);
  });

  it('a holder cut off from the store lets the shard go before its lease lapses; the standby takes it after the TTL', async () => {
    fake = await createFakeDiscord();
    const leases = memoryLeases();
    const a = replica('replica-a', leases, 3000);
    const b = replica('replica-b', leases, 3000);
    await a.start();
    await b.start();
    leases.cutOff('replica-a');
    await fake.waitFor(() => fake.liveConnections(0) === 0, 'the holder to let go');
    expect(identifies()).toHaveLength(1);
    await fake.waitFor(() => identifies().length === 2 && fake.liveConnections(0) === 1, 'the standby to take over');
    expect(leases.holder('discord:shard:0/1')).toBe('replica-b');
    expect(fake.maxLivePerShard.get(0)).toBe(1);
    await answeredOnce();
  });

  it('starts without Discord reachable: logs the failure, is not ready, and does not throw', async () => {
    fake = await createFakeDiscord();
    fake.fail({ method: 'GET', path: /^\/gateway\/bot$/, status: 500, body: { code: 0, message: 'down' }, times: 10 });
    const logger = recordingLogger();
    const adapter = createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, shardCount: 'auto' }, { bot: { answer: () => help, handle: async () => help }, logger, tuning: { registerOnStart: false } });
    adapters.push(adapter);
    await adapter.start();
    expect(adapter.isReady()).toBe(false);
    expect(logger.lines.find((l) => l.level === 'error')).toMatchObject({ msg: expect.stringContaining('retrying'), fields: { code: 'platform_send_failed' } });
    expect(fake.frames).toEqual([]);
  });
});
