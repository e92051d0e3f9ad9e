/** The request id of the work in progress, carried through awaits so every log line of one request can name it. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

const current = new AsyncLocalStorage<string>();

/** 16 hex characters: short enough for a log line, random enough that replicas never collide in practice. */
export function newRequestId(): string {
  return randomBytes(8).toString('hex');
}

export function currentRequestId(): string | undefined {
  return current.getStore();
}

/** Runs `work` with `id` as the current request id (a fresh one when omitted). */
export function withRequestId<T>(work: () => T, id: string = newRequestId()): T {
  return current.run(id, work);
}

/** Keeps an existing request id (an HTTP request that reached the bot) or starts a new one (a gateway event). */
export function inRequest<T>(work: () => T): T {
  return currentRequestId() === undefined ? withRequestId(work) : work();
}
