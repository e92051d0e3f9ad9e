import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs the real entry point as `npm start` does (node --import tsx src/main.ts), with stdin piped. */
function start(input: string | null, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string; child: ReturnType<typeof spawn> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  if (input !== null) child.stdin.end(input);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr, child })));
}

describe('npm start (src/main.ts) as a process', () => {
  it('answers piped help with the command list and exits 0 at end of input', async () => {
    const run = await start('help\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Summit knows 5 articles and \d+ dated events\. Commands:/);
    expect(run.stdout).toContain('timeline [range] [all]');
    expect(run.stdout).not.toContain('summit>');
    expect(run.stderr).toMatch(/SLACK_BOT_TOKEN/);
  });

  it('refuses a bad environment value with exit code 2, naming the variable, without a stack trace', async () => {
    const run = await start('help\n', { LOG_LEVEL: 'loud' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent; got "loud"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('ends with exit code 0 on SIGTERM while waiting for input', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    const ready = new Promise<void>((resolve) => child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (stderr.includes('corpus ready')) resolve();
    }));
    await ready;
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
  });
});
