/**
 * Real processes: two scheduler workers (node-cron ticks, PostgreSQL store) and a local fake platform on 127.0.0.1.
 * The posting process is SIGKILLed while its post is in flight: after the survivor takes the claim over, still exactly
 * one post. Workers, not src/main.ts, because main's 60 s lease and 30 s tick would make this a 90 s test; the workers
 * run the same startDigestScheduler with a 3 s lease and a 1 s tick. digest-bot-processes.test.ts runs main itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import type { Store } from '../../src/store/store.js';
import { IN_CI, TEST_DATABASE_URL, dropSchemas, probePostgres, randomSchema } from '../store/postgres-test-db.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const worker = path.join('test', 'schedule', 'fixtures', 'digest-worker.ts');
const unreachable = await probePostgres();
if (unreachable !== null && !IN_CI) {
  console.warn(`\n  ⚠ digest process tests SKIPPED: no PostgreSQL at ${TEST_DATABASE_URL} (${unreachable}). CI=true makes this a failure.\n`);
}

interface FakePlatform {
  readonly url: string;
  readonly posts: { key: string; pid: number; at: number }[];
  /** The first post is accepted and recorded, and its response never sent: the poster is left waiting. */
  holdFirstResponse: boolean;
  firstPoster: Promise<number>;
  close(): Promise<void>;
}

async function startPlatform(): Promise<FakePlatform> {
  let resolveFirst!: (pid: number) => void;
  const held: ServerResponse[] = [];
  const platform: FakePlatform = {
    url: '', posts: [], holdFirstResponse: false,
    firstPoster: new Promise<number>((resolve) => (resolveFirst = resolve)),
    close: () => new Promise<void>((resolve) => {
      for (const res of held) res.destroy();
      server.close(() => resolve());
    }),
  };
  const body = async (req: IncomingMessage) => {
    let text = '';
    for await (const chunk of req) text += String(chunk);
    return JSON.parse(text) as { key: string };
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/post') {
      void body(req).then(({ key }) => {
        const pid = Number(req.headers['x-worker-pid']);
        platform.posts.push({ key, pid, at: Date.now() });
        const messageId = `m${platform.posts.length}`;
        if (platform.posts.length === 1) resolveFirst(pid);
        if (platform.holdFirstResponse && platform.posts.length === 1) {
          held.push(res);
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId }));
      });
      return;
    }
    if (url.pathname === '/find') {
      const key = url.searchParams.get('key');
      const since = Number(url.searchParams.get('since'));
      const index = platform.posts.findIndex((p) => p.key === key && p.at >= since);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messageId: index >= 0 ? `m${index + 1}` : null }));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(platform, { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
}

function startWorker(schema: string, platformUrl: string): { child: ChildProcess; ready: Promise<void>; log: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', worker], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: TEST_DATABASE_URL, STORE_SCHEMA: schema, PLATFORM_URL: platformUrl, LEASE_MS: '3000', TICK: '* * * * * *' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('worker ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`worker exited early (${code}): ${log}`)));
  });
  return { child, ready, log: () => log };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.runIf(unreachable !== null && IN_CI)('digest processes under CI', () => {
  it('reaches TEST_DATABASE_URL', () => {
    throw new Error(`CI=true and no PostgreSQL at ${TEST_DATABASE_URL}: ${String(unreachable)}`);
  });
});

describe.skipIf(unreachable !== null)('two scheduler processes on one PostgreSQL', () => {
  const schemas: string[] = [];
  const children: ChildProcess[] = [];
  const stores: Store[] = [];
  let platform: FakePlatform | null = null;

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await platform?.close();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close().catch(() => undefined)));
    await dropSchemas(schemas);
  });

  /** A fresh schema with one UTC subscription whose time passed a minute ago (created an hour before). */
  async function setUp(): Promise<{ store: Store; platform: FakePlatform; schema: string }> {
    const schema = randomSchema();
    schemas.push(schema);
    const store = createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 2 });
    stores.push(store);
    const due = new Date(Date.now() - 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    await store.subscriptions.upsert({ id: 'slack:T1:C1', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, time, timeZone: 'UTC',
      source: 'command', createdBy: 'U1' }, new Date(Date.now() - 3_600_000));
    platform = await startPlatform();
    return { store, platform, schema };
  }

  const postedRow = (store: Store) => async () => {
    const [row] = await store.ledger.recent('slack:T1:C1', 1);
    return row?.status === 'posted' ? row : null;
  };

  it('SIGKILL of the posting process while its post is in flight: the survivor finds the post, still exactly one', async () => {
    const { store, platform: fake, schema } = await setUp();
    fake.holdFirstResponse = true;
    const workers = [startWorker(schema, fake.url), startWorker(schema, fake.url)];
    children.push(...workers.map((w) => w.child));
    await Promise.all(workers.map((w) => w.ready));
    const poster = await fake.firstPoster;
    const victim = workers.find((w) => w.child.pid === poster);
    const survivor = workers.find((w) => w.child.pid !== poster);
    expect(victim && survivor).toBeTruthy();
    victim!.child.kill('SIGKILL');
    const row = await until('the survivor to record the post', postedRow(store));
    expect(fake.posts).toHaveLength(1);
    expect(row.messageId).toBe('m1');
    expect(survivor!.log()).toContain('digest found already posted');
  });
});
