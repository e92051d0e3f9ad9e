import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';

async function configCheck(env: Record<string, string>, json = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const stdin = new PassThrough();
  stdin.end();
  const code = await runCli(['config', 'check', ...(json ? ['--json'] : [])], env, { stdin, stdout, stderr });
  return { code, out };
}

const secrets = {
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-supersecretvalue',
  SLACK_SIGNING_SECRET: '8f14e45fceea167a5a36dedd4bea2543',
  DISCORD_TOKEN: 'MTEyMzQ1Njc4OTAxMjM0NTY3.GaBcDe.abcdefghijklmnopqrstuvwxyz01234',
  DATABASE_URL: 'postgres://summit:hunter2hunter2@db.internal:5432/summit',
};

describe('summit config check', () => {
  it('prints the effective configuration with every secret masked, and exits 0 when there is no problem', async () => {
    const run = await configCheck({ ...secrets, PORT: '8080' });
    expect(run.code).toBe(0);
    for (const secret of ['supersecretvalue', '8f14e45fceea', 'abcdefghijklmnop', 'hunter2']) expect(run.out).not.toContain(secret);
    expect(run.out).toMatch(/SLACK_BOT_TOKEN\s+xoxb-\*\*\*\* \(31 characters\)/);
    expect(run.out).toContain('postgres://summit:****@db.internal:5432/summit');
    expect(run.out).toMatch(/DIGEST_DEFAULT_TZ\s+UTC {2}\(default\)/);
    expect(run.out).toContain('platforms: Slack (HTTP), Discord');
    expect(run.out).toContain('No problems found.');
  });

  it('lists every problem at once and exits 2, still without printing secrets', async () => {
    const run = await configCheck({ PORT: '99999', LOG_LEVEL: 'loud', DIGEST_DEFAULT_TZ: 'Mars/Olympus', DATABASE_URL: 'mysql://root:topsecret@x/db' }, true);
    expect(run.code).toBe(2);
    const report = JSON.parse(run.out) as { problems: string[]; variables: { name: string; value: string | null; source: string }[] };
    expect(report.problems.map((p) => p.split(':')[0])).toEqual(['PORT', 'DATABASE_URL', 'DIGEST_DEFAULT_TZ', 'LOG_LEVEL']);
    expect(run.out).not.toContain('topsecret');
    expect(report.variables.find((v) => v.name === 'LOG_LEVEL')).toEqual({ name: 'LOG_LEVEL', value: 'loud', source: 'environment' });
  });

  it('reports a missing article folder as a problem', async () => {
    const run = await configCheck({ SUMMIT_DATA_DIR: '/nonexistent/summit-articles' });
    expect(run.code).toBe(2);
    expect(run.out).toContain('SUMMIT_DATA_DIR: expected a folder of article files');
  });
});
