/** Runs the real entry point (as `npm start` does, through tsx) with a clean environment, and watches its output. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SummitProcess {
  readonly child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves when `pattern` appears in the output (stderr: log lines; stdout: answers). */
  waitFor(stream: 'stdout' | 'stderr', pattern: RegExp | string, timeoutMs?: number): Promise<void>;
  readonly exited: Promise<number | null>;
  /** JSON log lines from stderr. */
  logLines(): Array<Record<string, unknown>>;
}

export function spawnSummit(env: Record<string, string>): SummitProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const text = { stdout: '', stderr: '' };
  const listeners = new Set<() => void>();
  for (const name of ['stdout', 'stderr'] as const) {
    child[name].on('data', (chunk: Buffer) => {
      text[name] += chunk.toString();
      for (const check of listeners) check();
    });
  }
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => text.stdout,
    stderr: () => text.stderr,
    logLines: () => text.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>),
    waitFor(stream, pattern, timeoutMs = 15_000) {
      const found = (): boolean => (typeof pattern === 'string' ? text[stream].includes(pattern) : pattern.test(text[stream]));
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`no ${String(pattern)} on ${stream} within ${timeoutMs} ms; stderr:\n${text.stderr}`));
        }, timeoutMs);
        const check = (): void => {
          if (!found()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve();
        };
        listeners.add(check);
        check();
        void exited.then(() => {
          if (listeners.has(check)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`exited before ${String(pattern)} on ${stream}; stderr:\n${text.stderr}`));
          }
        });
      });
    },
  };
}

/** A port nothing listens on right now (PORT must be 1–65535, so 0 cannot be passed). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `accept(response)` holds; the bot's readiness changes asynchronously. */
export async function pollUntil(url: string, accept: (status: number, body: string) => boolean, timeoutMs = 15_000): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + timeoutMs;
  let last = { status: 0, body: '' };
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      last = { status: res.status, body: await res.text() };
      if (accept(last.status, last.body)) return last;
    } catch (error) {
      last = { status: 0, body: String(error) };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never met the condition; last ${last.status} ${last.body}`);
}
