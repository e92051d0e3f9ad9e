/** The process's one HTTP server (PORT): /healthz, /readyz, /metrics, and the routes adapters mount (Slack's /slack/). */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMount, Logger } from '../ports.js';
import { newRequestId, withRequestId } from '../runtime/request-id.js';
import { evaluateReadiness, type ReadinessCheck } from './readiness.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpServerDeps {
  readonly logger: Logger;
  readonly readiness: () => readonly ReadinessCheck[];
  readonly metrics: { render(): Promise<string>; readonly contentType: string };
}

export interface HttpServer extends HttpMount {
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting connections and waits for requests in progress; after `graceMs` open connections are cut. */
  close(graceMs?: number): Promise<void>;
}

/** A caller's id is kept only when it looks like one: it lands in our logs. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Probes arrive every few seconds: their log lines stay at debug so a day of logs is about requests, not probes. */
const PROBE_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function createHttpServer(deps: HttpServerDeps): HttpServer {
  const { logger } = deps;
  const mounts: Array<{ prefix: string; listener: Listener }> = [];
  let closing = false;
  const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
  };

  const route = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const mounted = mounts.find((m) => path.startsWith(m.prefix));
    if (mounted) return mounted.listener(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      const report = await evaluateReadiness(deps.readiness());
      return sendJson(res, report.ready ? 200 : 503, { status: report.ready ? 'ready' : 'not ready', checks: report.checks });
    }
    if (path === '/metrics') {
      const body = await deps.metrics.render();
      res.writeHead(200, { 'content-type': deps.metrics.contentType }).end(body);
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const server: Server = createServer((req, res) => {
    const given = req.headers['x-request-id'];
    const reqId = typeof given === 'string' && SAFE_REQUEST_ID.test(given) ? given : newRequestId();
    const started = performance.now();
    // Only the path is logged: query strings can carry OAuth codes and state.
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    res.setHeader('x-request-id', reqId);
    res.on('finish', () => withRequestId(() => {
      // A keep-alive connection whose last request finished after close() began would hold close() open until cut.
      if (closing) setImmediate(() => server.closeIdleConnections());
      const fields = { method: req.method, path, status: res.statusCode, ms: Math.round(performance.now() - started) };
      if (PROBE_PATHS.has(path)) logger.debug('http request', fields);
      else logger.info('http request', fields);
    }, reqId));
    withRequestId(() => {
      route(req, res, path).catch((error: unknown) => {
        logger.error('http request failed', { code: 'internal', path, err: error });
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
    }, reqId);
  });
  // Slow or idle clients must not hold a worker forever; Slack itself gives up after 3 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 5_000;

  return {
    mount(prefix, listener) {
      mounts.push({ prefix, listener });
      // Longest prefix first, so /slack/oauth/ could be mounted apart from /slack/.
      mounts.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close(graceMs = 5_000) {
      if (!server.listening) return Promise.resolve();
      closing = true;
      return new Promise((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), graceMs);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        // Keep-alive connections with no request in progress would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
    },
  };
}
