/** The embedded store on disk: data survives a reopen and a SIGKILL, and a second process is refused, not let in. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../src/store/embedded-store.js';

const HOLDER = join(import.meta.dirname, 'fixtures', 'hold-embedded-store.ts');
const root = mkdtempSync(join(tmpdir(), 'summit-store-'));
const dir = join(root, 'store');
const sub = {
  id: 'slack:T1:parent', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'parent' },
  time: '09:00', timeZone: 'Europe/Berlin', source: 'command', createdBy: 'U1',
} as const;

interface Child {
  readonly pid: number;
  /** Resolves with `ready`, or with the process's stderr once it exits. */
  readonly outcome: Promise<{ ready: true } | { ready: false; code: number | null; stderr: string }>;
  kill(): Promise<void>;
}

function startHolder(): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const outcome = new Promise<{ ready: true } | { ready: false; code: number | null; stderr: string }>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => { if (chunk.toString().includes('ready')) resolve({ ready: true }); });
    void exited.then((code) => resolve({ ready: false, code, stderr }));
  });
  return {
    pid: child.pid ?? -1,
    outcome,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

describe('embedded store on disk', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps its data across a reopen', async () => {
    const first = createEmbeddedStore({ dir });
    await first.subscriptions.upsert(sub, new Date('2026-05-01T00:00:00Z'));
    await first.close();
    const again = createEmbeddedStore({ dir });
    expect(await again.subscriptions.get(sub.id)).toMatchObject({ time: '09:00', timeZone: 'Europe/Berlin' });
    await again.close();
  }, 60_000);

  it('refuses a second opener, in this process or another, while the store is open', async () => {
    const open = createEmbeddedStore({ dir });
    await open.ping();
    const second = createEmbeddedStore({ dir });
    await expect(second.ping()).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringMatching(/in use by process/) });
    const child = startHolder();
    const outcome = await child.outcome;
    expect(outcome).toMatchObject({ ready: false, code: 3 });
    expect(outcome.ready ? '' : outcome.stderr).toContain(`in use by process ${process.pid}`);
    await open.close();
    await second.close();
  }, 30_000);

  it('GIVEN the holder is killed with SIGKILL THEN its lock is stale and the store opens with both writes', async () => {
    const child = startHolder();
    expect(await child.outcome).toEqual({ ready: true });
    const store = createEmbeddedStore({ dir });
    await expect(store.ping()).rejects.toMatchObject({ message: expect.stringContaining(`in use by process ${child.pid}`) });
    await child.kill();
    await store.ping(); // the same store opens on its next call: a failed open is retried
    expect(await store.subscriptions.get(sub.id)).not.toBeNull();
    expect(await store.subscriptions.get('discord:G1:child')).toMatchObject({ time: '08:00' });
    await store.close();
  }, 60_000);
});
