import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slash } from './adapters/discord/discord-payloads.js';
import { createFakeDiscord, type FakeDiscord } from './fakes/fake-discord.js';
import { parsePrometheusText, sampleValue } from './http/prometheus-text.js';
import { freePort, pollUntil, spawnSummit } from './http/spawn-summit.js';

let fake: FakeDiscord;
const stateDir = mkdtempSync(path.join(tmpdir(), 'summit-main-discord-'));
beforeAll(async () => {
  fake = await createFakeDiscord({ heartbeatMs: 1000 });
});
afterAll(async () => {
  await fake.close();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('npm start with a Discord token', () => {
  it('is ready once the gateway is, answers /summit, counts it as surface=discord, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const bot = spawnSummit({ PORT: String(port), DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, SUMMIT_STATE_DIR: stateDir });
    const base = `http://127.0.0.1:${port}`;
    try {
      const ready = await pollUntil(`${base}/readyz`, (s) => s === 200, 30_000);
      expect(JSON.parse(ready.body)).toMatchObject({ checks: { discord: 'ok', store: 'ok', corpus: 'ok' } });
      // Ready may come before this replica owns a shard (another replica could hold it): wait for its gateway login.
      await bot.waitFor('stderr', '"discord shard connected"', 30_000);
      const { id } = slash(fake, "help");
      const callback = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the callback');
      expect(callback.body.type).toBe(4);
      const samples = parsePrometheusText(await (await fetch(`${base}/metrics`)).text());
      expect(sampleValue(samples, 'summit_questions_answered_total', { surface: 'discord', kind: 'help' })).toBe(1);
      expect(bot.stderr()).not.toContain(fake.token);
      bot.child.kill('SIGTERM');
      expect(await bot.exited).toBe(0);
      expect(bot.logLines().find((l) => l.msg === 'shut down')).toMatchObject({ clean: true });
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 60_000);
});
