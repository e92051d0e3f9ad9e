/** The embedded store's lock file: live holders keep it, dead or reused-pid holders lose it, foreign hosts are never judged. */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDir } from '../../src/store/dir-lock.js';

const root = mkdtempSync(join(tmpdir(), 'summit-lock-'));
let n = 0;
const lockPath = (): string => join(root, `store-${(n += 1)}.lock`);
const holderFile = (path: string, holder: object): void => writeFileSync(path, JSON.stringify(holder));

/** A pid that is certainly not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 999_999;
}

describe('lockDir', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes our pid, refuses a second lock in this process, and removes the file on release', () => {
    const path = lockPath();
    const lock = lockDir(path, 'the test store');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => lockDir(path, 'the test store')).toThrow(/in use by process \d+/);
    lock.release();
    expect(existsSync(path)).toBe(false);
    lockDir(path, 'the test store').release();
  });

  it('takes over the lock of a process that is gone', async () => {
    const path = lockPath();
    holderFile(path, { pid: await deadPid(), host: hostname(), start: null });
    const lock = lockDir(path, 'the test store');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('takes over a lock left with our own pid by an earlier process (a restarted container reuses pids)', () => {
    const path = lockPath();
    holderFile(path, { pid: process.pid, host: hostname(), start: 'earlier' });
    lockDir(path, 'the test store').release();
  });

  it('keeps a live holder, unless its pid now names a process that started at another time', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      const path = lockPath();
      holderFile(path, { pid: child.pid, host: hostname(), start: null });
      expect(() => lockDir(path, 'the test store')).toThrow(`in use by process ${child.pid}`);
      if (existsSync(`/proc/${child.pid}/stat`)) {
        holderFile(path, { pid: child.pid, host: hostname(), start: '1' }); // a reused pid: the real start differs
        lockDir(path, 'the test store').release();
      }
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('never judges a lock written on another host, nor a fresh half-written one', () => {
    const foreign = lockPath();
    holderFile(foreign, { pid: 1, host: `${hostname()}-other`, start: null });
    expect(() => lockDir(foreign, 'the test store')).toThrow(/DATABASE_URL/);
    const blank = lockPath();
    writeFileSync(blank, '');
    expect(() => lockDir(blank, 'the test store')).toThrow(/another process/);
  });
});
