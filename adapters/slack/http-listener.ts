/** The HTTP front of bolt's HTTPReceiver: future-dated requests refused, unknown paths 404, and an own server when no mount. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../src/ports.js';
import { SLACK_LIMITS } from './slack-limits.js';

export type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Slack's replay guard is |now − X-Slack-Request-Timestamp| ≤ 5 minutes; bolt checks only the past side and accepts any
 * future timestamp, so a captured request signed with a forged future time could be replayed for as long as it says.
 */
export function isFutureDated(req: IncomingMessage, nowMs: number): boolean {
  const header = req.headers['x-slack-request-timestamp'];
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds > Math.floor(nowMs / 1000) + SLACK_LIMITS.timestampSkewSeconds;
}

export function guardListener(inner: RequestListener, logger: Logger, now: () => number = Date.now): RequestListener {
  return (req, res) => {
    if (req.method === 'POST' && isFutureDated(req, now())) {
      logger.warn('slack request refused: timestamp more than 5 minutes in the future', { adapter: 'slack' });
      // The body is never read; closing the connection keeps an unread upload from lingering.
      res.writeHead(401, { connection: 'close' }).end();
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (req.method === 'POST' && declared > SLACK_LIMITS.bodyBytes) {
      // Bolt would say 413 too (after reading up to its limit); a declared size lets us say it unread and close the socket.
      res.writeHead(413, { connection: 'close' }).end();
      return;
    }
    try {
      inner(req, res);
    } catch (error) {
      // HTTPReceiver throws HTTPReceiverDeferredRequestError for a path it does not serve.
      const deferred = (error as { code?: string }).code === 'slack_bolt_http_receiver_deferred_request_error';
      if (!deferred) logger.error('slack http listener failed', { code: 'internal', err: error });
      if (!res.headersSent) res.writeHead(deferred ? 404 : 500).end();
    }
  };
}

/** Listens on its own port (0: any free port, as tests use); resolves with the server once it is listening. */
export function listenAlone(listener: RequestListener, port: number, host: string | undefined): Promise<Server> {
  const server = createServer(listener);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

export const portOf = (server: Server): number => (server.address() as AddressInfo).port;
