/**
 * Two real bot processes (src/main.ts, Slack configured) on one real PostgreSQL schema and a local fake Slack Web API:
 * a subscription that is due when they start is posted exactly once between them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresStore } from '../../src/store/postgres-store.js';
import { startFakeSlackApi, type FakeSlackApi } from '../fakes/fake-slack-api.js';
import { IN_CI, TEST_DATABASE_URL, dropSchemas, probePostgres, randomSchema } from '../store/postgres-test-db.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const unreachable = await probePostgres();
if (unreachable !== null && !IN_CI) {
  console.warn(`\n  ⚠ digest bot-process tests SKIPPED: no PostgreSQL at ${TEST_DATABASE_URL} (${unreachable}). CI=true makes this a failure.\n`);
}

const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const server = createServer();
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port } = server.address() as { port: number };
    server.close(() => resolve(port));
  });
});

function startBot(env: Record<string, string>): { child: ChildProcess; exited: Promise<number | null>; log: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, log: () => log };
}

const digestPosts = (api: FakeSlackApi) => api.callsTo('chat.postMessage')
  .filter((c) => (c.args.metadata as { event_type?: string } | undefined)?.event_type === 'summit_digest');

describe.runIf(unreachable !== null && IN_CI)('digest bot processes under CI', () => {
  it('reaches TEST_DATABASE_URL', () => {
    throw new Error(`CI=true and no PostgreSQL at ${TEST_DATABASE_URL}: ${String(unreachable)}`);
  });
});

describe.skipIf(unreachable !== null)('two bot processes, one PostgreSQL, one fake Slack', () => {
  const schema = randomSchema();
  const bots: ReturnType<typeof startBot>[] = [];
  let api: FakeSlackApi | null = null;
  afterAll(async () => {
    for (const bot of bots) if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
    await api?.close();
    await dropSchemas([schema]);
  });

  it('post a digest that falls due exactly once, and both stop cleanly', async () => {
    const store = createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 1 });
    const due = new Date(Date.now() - 60_000);
    const time = `${String(due.getUTCHours()).padStart(2, '0')}:${String(due.getUTCMinutes()).padStart(2, '0')}`;
    await store.subscriptions.upsert({ id: 'slack:T1:C1', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, time, timeZone: 'UTC',
      source: 'command', createdBy: 'U1' }, new Date(Date.now() - 3_600_000));
    await store.close();
    api = await startFakeSlackApi();
    const url = new URL(TEST_DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    for (let i = 0; i < 2; i += 1) {
      bots.push(startBot({
        PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', PORT: String(await freePort()), DATABASE_URL: url.toString(),
        SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-secret', SLACK_API_URL: api.url,
        // The seed articles have no event on most days: the nearest anniversary ahead makes every day post something.
        DIGEST_EMPTY: 'nearest',
      }));
    }
    await api.waitFor(() => digestPosts(api!).length > 0, 25_000);
    // Both schedulers run a catch-up at start: wait until both have started, then a moment for the later one's run.
    const deadline = Date.now() + 20_000;
    while (!bots.every((b) => b.log().includes('digest scheduler started')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(bots.every((b) => b.log().includes('digest scheduler started'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(digestPosts(api).length).toBe(1);
    expect(digestPosts(api)[0]?.args.channel).toBe('C1');
    for (const bot of bots) bot.child.kill('SIGTERM');
    expect(await Promise.all(bots.map((b) => b.exited))).toEqual([0, 0]);
    const check = createPostgresStore({ url: TEST_DATABASE_URL, schema, poolSize: 1 });
    const [row] = await check.ledger.recent('slack:T1:C1', 1);
    await check.close();
    expect(row?.status).toBe('posted');
  }, 40_000);
});
