/** Every Web API call goes through here: a 429 waits as Retry-After says and is sent again (Slack did not act on it). */
import type { Logger } from '../../src/ports.js';

export type Sleep = (ms: number) => Promise<void>;
export const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Generous: chat.postMessage allows about 1 message/s per channel, so Retry-After is usually a second or a few. */
const MAX_RATE_LIMIT_WAITS = 8;
/** Reads are safe to repeat after a lost response; writes are not (web-api's own retry posted twice, RELIABILITY §0.2). */
const MAX_READ_RETRIES = 2;
const READ_RETRY_MS = 300;

interface WebApiErrorShape {
  readonly code?: string;
  readonly retryAfter?: number;
  readonly data?: { readonly error?: string };
}
const shapeOf = (error: unknown): WebApiErrorShape => (typeof error === 'object' && error !== null ? (error as WebApiErrorShape) : {});

/** `slack_webapi_rate_limited_error` from a WebClient built with rejectRateLimitedCalls: the seconds to wait, or null. */
export function rateLimitDelay(error: unknown): number | null {
  const shape = shapeOf(error);
  return shape.code === 'slack_webapi_rate_limited_error' && typeof shape.retryAfter === 'number' ? shape.retryAfter : null;
}

/** The platform error string (`channel_not_found`, `not_in_channel`…) of an `ok: false` answer, or null. */
export function platformError(error: unknown): string | null {
  const shape = shapeOf(error);
  return shape.code === 'slack_webapi_platform_error' ? (shape.data?.error ?? null) : null;
}

/** Told of every request sent again, so summit_platform_retries_total counts them (reasons as in the Metrics port). */
export type RetryCounter = (reason: 'rate-limited' | 'network') => void;

/** What every caller of the Web API shares: where to log, how to wait, whom to tell of a retry. */
export interface CallDeps {
  readonly logger: Logger;
  readonly sleep?: Sleep;
  readonly retried?: RetryCounter;
}

export interface CallOptions extends CallDeps {
  readonly what: string;
  /** True for reads and for calls that replace state (views.publish): a lost response may be retried. */
  readonly idempotent: boolean;
}

/** The options of one call, from the caller's shared deps. */
export function callOptions(deps: CallDeps, what: string, idempotent: boolean): CallOptions {
  return { what, idempotent, logger: deps.logger, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.retried ? { retried: deps.retried } : {}) };
}

export async function callSlack<T>(call: () => Promise<T>, options: CallOptions): Promise<T> {
  const sleep = options.sleep ?? realSleep;
  let waits = 0;
  let readRetries = 0;
  for (;;) {
    try {
      return await call();
    } catch (error) {
      const retryAfter = rateLimitDelay(error);
      if (retryAfter !== null && waits < MAX_RATE_LIMIT_WAITS) {
        waits += 1;
        options.logger.warn('slack rate limited; waiting', { call: options.what, retryAfterS: retryAfter, wait: waits });
        options.retried?.('rate-limited');
        await sleep(retryAfter * 1000);
        continue;
      }
      if (options.idempotent && shapeOf(error).code === 'slack_webapi_request_error' && readRetries < MAX_READ_RETRIES) {
        readRetries += 1;
        options.retried?.('network');
        await sleep(READ_RETRY_MS * readRetries);
        continue;
      }
      throw error;
    }
  }
}
