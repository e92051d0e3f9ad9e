/** Delayed answers through a command's or button's response_url (Slack: valid 30 minutes, a handful of uses). */
import { BotError } from '../../src/errors.js';
import { realSleep, type RetryCounter, type Sleep } from './call-slack.js';

export type FetchFn = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ ok: boolean; status: number; headers: { get(name: string): string | null } }>;

const MAX_ATTEMPTS = 5;

/** Posts one JSON message; a 429 waits Retry-After seconds and tries again, any other failure throws platform_send_failed. */
export async function postToResponseUrl(fetchFn: FetchFn, url: string, payload: object, options: { readonly sleep?: Sleep; readonly retried?: RetryCounter } = {}): Promise<void> {
  const sleep = options.sleep ?? realSleep;
  for (let attempt = 1; ; attempt += 1) {
    let response: Awaited<ReturnType<FetchFn>>;
    try {
      response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(payload) });
    } catch (error) {
      throw new BotError('platform_send_failed', 'response_url could not be reached', { cause: error });
    }
    if (response.status === 429 && attempt < MAX_ATTEMPTS) {
      const seconds = Number.parseInt(response.headers.get('retry-after') ?? '1', 10);
      options.retried?.('rate-limited');
      await sleep((Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
      continue;
    }
    if (!response.ok) throw new BotError('platform_send_failed', `response_url answered ${response.status}`);
    return;
  }
}
