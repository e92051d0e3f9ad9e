import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUMMIT_COMMAND } from '../../../adapters/discord/index.js';
import { runCli } from '../../../src/cli.js';
import { createFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await runCli(args, env, { stdin: new PassThrough(), stdout, stderr });
  return { code, out, err };
}

describe('summit discord register', () => {
  let fake: FakeDiscord;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    fake = await createFakeDiscord();
    env = { DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl };
  });
  afterAll(() => fake?.close());

  it('registers /summit in one server by bulk overwrite, and a second run leaves the same commands', async () => {
    const first = await cli(['discord', 'register', '--guild', fake.guildId, '--json'], env);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ scope: 'guild', applicationId: fake.applicationId, names: ['summit'] });
    const saved = fake.commands();
    await cli(['discord', 'register', '--guild', fake.guildId], env);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`, `/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`]);
    expect(puts[1]!.body).toEqual(puts[0]!.body);
    expect(puts[0]!.body).toEqual([SUMMIT_COMMAND]);
    expect(fake.commands()).toHaveLength(saved.length);
  });

  it('registers globally without --guild, reading the application id from Discord when it is not configured', async () => {
    const { code, out } = await cli(['discord', 'register'], env);
    expect(code).toBe(0);
    expect(out).toMatch(/Registered \/summit globally/);
    expect(fake.requests.filter((r) => r.method === 'GET' && r.path === '/applications/@me').length).toBeGreaterThan(0);
    expect(fake.requests.at(-1)!.path).toBe(`/applications/${fake.applicationId}/commands`);
  });

  it('explains a missing token or a bad server id instead of calling Discord', async () => {
    const before = fake.requests.length;
    expect((await cli(['discord', 'register'], {})).code).toBe(2);
    expect((await cli(['discord', 'register', '--guild', 'abc'], env)).code).toBe(2);
    expect(fake.requests.length).toBe(before);
  });
});
