/** A lock file that keeps a second process off the embedded database: PGlite takes no lock and two writers corrupt it. */
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { BotError } from '../errors.js';

export interface DirLock {
  release(): void;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  /** The process's start time in clock ticks since boot (/proc/<pid>/stat): a reused pid has another one. */
  readonly start: string | null;
}

/** Lock files held by this process, released on exit even when close() was never called. */
const held = new Map<string, string>();
process.on('exit', () => {
  for (const [path, content] of held) removeIfOurs(path, content);
});

/**
 * Creates `path` exclusively (O_EXCL) with our pid. An existing file whose process is gone (or whose pid now names a
 * different process) is stale and taken over: moved aside first, so of two processes cleaning up at once only one
 * wins. A live holder, or one on another host (a shared volume: liveness unknowable), makes this throw.
 */
export function lockDir(path: string, what: string): DirLock {
  if (held.has(path)) throw busy(what, path, { pid: process.pid, host: hostname(), start: null });
  const content = JSON.stringify({ pid: process.pid, host: hostname(), start: startTicks(process.pid) } satisfies Holder);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (tryCreate(path, content)) {
      held.set(path, content);
      return {
        release() {
          if (held.get(path) !== content) return;
          held.delete(path);
          removeIfOurs(path, content);
        },
      };
    }
    const seen = readText(path);
    if (seen === null) continue; // removed meanwhile: try again
    const holder = parseHolder(seen);
    if (holder === null ? ageMs(path) < 5_000 : isAlive(holder)) throw busy(what, path, holder);
    const aside = `${path}.stale-${process.pid}`;
    try {
      renameSync(path, aside);
    } catch {
      continue; // another process moved it first
    }
    if (readText(aside) !== seen) {
      // We moved a fresh lock someone created after our read: put it back and yield to its owner.
      try { linkSync(aside, path); } catch { /* a newer lock is in place */ }
      unlinkSync(aside);
      throw busy(what, path, parseHolder(readText(path) ?? ''));
    }
    unlinkSync(aside);
  }
  throw busy(what, path, parseHolder(readText(path) ?? ''));
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new BotError('store_unavailable', `cannot create the lock file ${path}`, { cause: err });
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function isAlive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  // Our own pid: the earlier holder with this pid is dead (a container restart often reuses the same pid).
  if (holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = startTicks(holder.pid);
  return holder.start === null || start === null || start === holder.start;
}

/** Field 22 of /proc/<pid>/stat (Linux); null elsewhere. Fields are counted after the `(comm)`, which may hold spaces. */
function startTicks(pid: number): string | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, start: typeof value.start === 'string' ? value.start : null };
  } catch {
    return null;
  }
}

function busy(what: string, path: string, holder: Holder | null): BotError {
  const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
  return new BotError('store_unavailable',
    `${what} is in use by ${who} (lock ${path}). The embedded store serves one process: stop the other one, or set ` +
    'DATABASE_URL to share a PostgreSQL store. If that process is gone, delete the lock file.');
}

function removeIfOurs(path: string, content: string): void {
  if (readText(path) === content) {
    try { unlinkSync(path); } catch { /* already gone */ }
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
