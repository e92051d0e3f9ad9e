import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTcpRelay, type TcpRelay } from './http/tcp-relay.js';
import { parsePrometheusText, sampleValue } from './http/prometheus-text.js';
import { freePort, pollUntil, spawnSummit } from './http/spawn-summit.js';
import { dropSchemas, IN_CI, probePostgres, randomSchema, TEST_DATABASE_URL } from './store/postgres-test-db.js';

const unreachable = await probePostgres();
if (unreachable && !IN_CI) console.warn(`[skipped] main with PostgreSQL: no server at TEST_DATABASE_URL (${unreachable})`);
const target = new URL(TEST_DATABASE_URL);
const schema = randomSchema();
const stateDir = mkdtempSync(path.join(tmpdir(), 'summit-main-prod-'));
let relay: TcpRelay;

beforeAll(async () => {
  if (unreachable) return;
  // The bot's connections select this schema (search_path), so the run never touches shared tables.
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
  relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
});
afterAll(async () => {
  rmSync(stateDir, { recursive: true, force: true });
  if (unreachable) return;
  await relay.close();
  await dropSchemas([schema]);
});

/** The bot's database URL: through the relay, in the test's own schema. */
const databaseUrl = (): string => {
  const url = new URL(TEST_DATABASE_URL);
  url.hostname = '127.0.0.1';
  url.port = String(relay.port);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
};

describe.skipIf(unreachable !== null && !IN_CI)('npm start in production shape (PORT, DATABASE_URL, no platform credentials)', () => {
  it('runs the console and the HTTP server: /metrics moves with a question, /readyz follows PostgreSQL down and back, SIGTERM exits 0', async () => {
    const port = await freePort();
    const bot = spawnSummit({ PORT: String(port), DATABASE_URL: databaseUrl(), SUMMIT_STATE_DIR: stateDir });
    const base = `http://127.0.0.1:${port}`;
    try {
      expect((await pollUntil(`${base}/healthz`, (s) => s === 200)).body).toContain('ok');
      await pollUntil(`${base}/readyz`, (s) => s === 200);

      const before = parsePrometheusText(await (await fetch(`${base}/metrics`)).text());
      expect(sampleValue(before, 'summit_questions_answered_total', { surface: 'console', kind: 'ask' })).toBeUndefined();
      bot.child.stdin.write('when did Xi Jinping visit Moscow?\n');
      await bot.waitFor('stdout', /\S/);
      const after = parsePrometheusText(await (await fetch(`${base}/metrics`)).text());
      expect(sampleValue(after, 'summit_questions_answered_total', { surface: 'console', kind: 'ask' })).toBe(1);
      expect(sampleValue(after, 'summit_answer_duration_seconds_count', { surface: 'console' })).toBe(1);
      const answered = bot.logLines().find((l) => l.msg === 'answered');
      expect(answered).toMatchObject({ adapter: 'console', queryKind: 'ask', reqId: expect.stringMatching(/^[0-9a-f]{16}$/) });

      await relay.cut();
      const down = await pollUntil(`${base}/readyz`, (s) => s === 503);
      expect(JSON.parse(down.body)).toMatchObject({ status: 'not ready', checks: { store: expect.not.stringMatching(/^ok$/), corpus: 'ok' } });
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      await relay.restore();
      await pollUntil(`${base}/readyz`, (s) => s === 200);

      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.logLines().find((l) => l.msg === 'shut down')).toMatchObject({ reason: 'SIGTERM', clean: true });
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);

  it('SIGTERM during an in-flight answer: the answer is delivered, then the process exits 0 within 10 s', async () => {
    const bot = spawnSummit({ DATABASE_URL: databaseUrl(), SUMMIT_STATE_DIR: stateDir, PORT: String(await freePort()) });
    try {
      await bot.waitFor('stderr', '"corpus ready"');
      // `digest status` reads the store; the relay holds its connection, so the answer is in flight when the signal lands.
      relay.hold();
      bot.child.stdin.write('digest status\n');
      for (let i = 0; i < 200 && relay.waiting === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(relay.waiting).toBeGreaterThan(0);
      const signalled = Date.now();
      bot.child.kill('SIGTERM');
      await bot.waitFor('stderr', '"shutting down"');
      await new Promise((r) => setTimeout(r, 300));
      expect(bot.stdout()).toBe('');
      relay.release();
      const code = await bot.exited;
      expect(code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      expect(bot.stdout()).toMatch(/digest/i);
      expect(bot.stdout()).not.toMatch(/sorry/i);
    } finally {
      relay.release();
      bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
