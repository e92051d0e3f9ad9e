import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlackApi, type FakeSlackApi } from './fakes/fake-slack-api.js';
import { postSigned, slashBody, TEST_SIGNING_SECRET } from './fakes/slack-signing.js';
import { parsePrometheusText, sampleValue } from './http/prometheus-text.js';
import { freePort, pollUntil, spawnSummit } from './http/spawn-summit.js';

let api: FakeSlackApi;
const stateDir = mkdtempSync(path.join(tmpdir(), 'summit-main-slack-'));
beforeAll(async () => {
  api = await startFakeSlackApi();
});
afterAll(async () => {
  await api.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('npm start with Slack credentials (HTTP mode)', () => {
  it('serves Slack on the same port as /healthz, /readyz and /metrics, with one request id from HTTP line to answer line', async () => {
    const port = await freePort();
    const bot = spawnSummit({
      PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-1-2-testtoken', SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: api.url, SUMMIT_STATE_DIR: stateDir,
    });
    const base = `http://127.0.0.1:${port}`;
    try {
      await pollUntil(`${base}/readyz`, (s) => s === 200, 30_000);
      const response = await postSigned(`${base}/slack/events`, slashBody({ text: 'help', response_url: api.responseUrl('help') }), { headers: { 'x-request-id': 'slack-req-1' } });
      expect(response.status).toBe(200);
      expect(response.text).toContain('summit');
      const samples = parsePrometheusText(await (await fetch(`${base}/metrics`)).text());
      expect(sampleValue(samples, 'summit_questions_answered_total', { surface: 'slack', kind: 'help' })).toBe(1);
      await bot.waitFor('stderr', '"path":"/slack/events"');
      const lines = bot.logLines().filter((l) => l.reqId === 'slack-req-1');
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['answered', 'http request']));
      expect(bot.stderr()).not.toContain('testtoken');
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
