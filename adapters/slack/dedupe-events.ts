/** Events API retries (X-Slack-Retry-Num) and deliveries to two replicas: each event_id is handled once, via the store. */
import type { EventDeduper, Logger } from '../../src/ports.js';
import { errorCode } from './apology.js';

/** Slack retries three times over about five minutes; an hour covers that with margin (RELIABILITY S3). */
export const EVENT_DEDUPE_TTL_MS = 60 * 60_000;

interface MiddlewareArgs {
  readonly body: unknown;
  readonly context: { readonly retryNum?: number; readonly retryReason?: string };
  readonly next: () => Promise<void>;
}

export function dedupeEvents(dedupe: EventDeduper, logger: Logger): (args: MiddlewareArgs) => Promise<void> {
  return async ({ body, context, next }) => {
    const eventId = typeof body === 'object' && body !== null ? (body as { event_id?: unknown }).event_id : undefined;
    if (typeof eventId !== 'string') return next();
    let first = true;
    try {
      first = await dedupe.firstSeen(`slack:event:${eventId}`, EVENT_DEDUPE_TTL_MS);
    } catch (error) {
      // The store is down: answering twice is better than never answering.
      logger.warn('event dedupe unavailable; handling the event anyway', { code: errorCode(error), err: error, eventId });
    }
    if (!first) {
      logger.info('duplicate slack event skipped', { eventId, retryNum: context.retryNum, retryReason: context.retryReason });
      return;
    }
    await next();
  };
}
