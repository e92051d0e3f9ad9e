import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/http-server.js';
import type { ReadinessCheck } from '../../src/http/readiness.js';
import { createPrometheusMetrics } from '../../src/metrics/prometheus-metrics.js';
import { recordingLogger } from '../fakes/recording-logger.js';
import { parsePrometheusText, sampleValue } from './prometheus-text.js';

const servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close(100)));
});

async function startServer(checks: ReadinessCheck[] = []) {
  const logger = recordingLogger();
  const metrics = createPrometheusMetrics({ processMetrics: false });
  const server = createHttpServer({ logger, metrics, readiness: () => checks });
  servers.push(server);
  const port = await server.listen(0, '127.0.0.1');
  const get = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init);
  return { server, logger, metrics, get };
}

describe('the HTTP server', () => {
  it('answers /healthz with 200 whatever the readiness checks say', async () => {
    const { get } = await startServer([{ name: 'store', check: () => false }]);
    const res = await get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 naming each failing check, and 200 once they pass', async () => {
    let storeUp = false;
    const checks: ReadinessCheck[] = [
      { name: 'store', check: async () => { if (!storeUp) throw new Error('connection refused'); } },
      { name: 'corpus', check: () => true },
    ];
    const { get } = await startServer(checks);
    const down = await get('/readyz');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'not ready', checks: { store: 'connection refused', corpus: 'ok' } });
    storeUp = true;
    const up = await get('/readyz');
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'ready', checks: { store: 'ok', corpus: 'ok' } });
  });

  it('serves /metrics as Prometheus text whose counters move when a question is answered', async () => {
    const { get, metrics } = await startServer();
    const before = parsePrometheusText(await (await get('/metrics')).text());
    expect(sampleValue(before, 'summit_questions_answered_total', { surface: 'slack', kind: 'ask' })).toBeUndefined();
    expect(sampleValue(before, 'summit_digests_total', { platform: 'slack', outcome: 'posted' })).toBe(0);
    metrics.answered('slack', 'ask', 0.004);
    metrics.digest('discord', 'caught-up');
    metrics.platformRetry('slack', 'rate-limited');
    const res = await get('/metrics');
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = parsePrometheusText(await res.text());
    expect(sampleValue(after, 'summit_questions_answered_total', { surface: 'slack', kind: 'ask' })).toBe(1);
    expect(sampleValue(after, 'summit_answer_duration_seconds_bucket', { surface: 'slack', le: '0.005' })).toBe(1);
    expect(sampleValue(after, 'summit_answer_duration_seconds_bucket', { surface: 'slack', le: '0.0025' })).toBe(0);
    expect(sampleValue(after, 'summit_digests_total', { platform: 'discord', outcome: 'caught-up' })).toBe(1);
    expect(sampleValue(after, 'summit_platform_retries_total', { platform: 'slack', reason: 'rate-limited' })).toBe(1);
  });

  it('hands requests under a mounted prefix to the mount, whatever the method', async () => {
    const { server, get } = await startServer();
    const seen: string[] = [];
    server.mount('/slack/', (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.writeHead(200).end('slack');
    });
    const res = await get('/slack/events', { method: 'POST', body: 'x=1' });
    expect(await res.text()).toBe('slack');
    expect(seen).toEqual(['POST /slack/events']);
    expect((await get('/nothing')).status).toBe(404);
    expect((await get('/healthz', { method: 'POST' })).status).toBe(405);
  });

  it('logs one line per request with its request id, keeps a well-formed caller id and never logs the query string', async () => {
    const { get, logger } = await startServer();
    const mine = await get('/nothing?code=secret-oauth-code', { headers: { 'x-request-id': 'lb-1234' } });
    expect(mine.headers.get('x-request-id')).toBe('lb-1234');
    const hostile = await get('/nothing', { headers: { 'x-request-id': 'bad id {"forged":true}' } });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/);
    await get('/healthz');
    const lines = logger.lines.filter((l) => l.msg === 'http request');
    expect(lines.map((l) => [l.level, l.fields.path, l.fields.status])).toEqual([['info', '/nothing', 404], ['info', '/nothing', 404], ['debug', '/healthz', 200]]);
    expect(JSON.stringify(logger.lines)).not.toContain('secret-oauth-code');
  });

  it('reports a check that hangs as unready instead of hanging the probe', async () => {
    const { evaluateReadiness } = await import('../../src/http/readiness.js');
    const report = await evaluateReadiness([{ name: 'store', check: () => new Promise(() => undefined) }], 50);
    expect(report).toEqual({ ready: false, checks: { store: 'no answer within 50 ms' } });
  });

  it('lets a request in progress finish when closed, then refuses new connections', async () => {
    const { server, get } = await startServer();
    let release: () => void = () => undefined;
    server.mount('/slow', (_req, res) => {
      release = () => res.writeHead(200).end('done');
    });
    const pending = get('/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = server.close(2_000);
    release();
    expect(await (await pending).text()).toBe('done');
    await closing;
    await expect(get('/healthz')).rejects.toThrow();
  });
});
