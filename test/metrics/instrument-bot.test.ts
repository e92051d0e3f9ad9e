import { describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot.js';
import { instrumentBot } from '../../src/metrics/instrument-bot.js';
import { createPrometheusMetrics } from '../../src/metrics/prometheus-metrics.js';
import type { ChatContext } from '../../src/ports.js';
import { createInFlight } from '../../src/runtime/in-flight.js';
import { currentRequestId, withRequestId } from '../../src/runtime/request-id.js';
import { loadFixtureCorpus } from '../fakes/fixture-corpus.js';
import { recordingLogger } from '../fakes/recording-logger.js';
import { parsePrometheusText, sampleValue } from '../http/prometheus-text.js';

const slack: ChatContext = { surface: 'slack', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, canManageDigest: false };
const today = { today: () => '2024-05-17' as never };

describe('the instrumented bot', () => {
  it('counts each answer by surface and command kind, and times it', async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    const bot = instrumentBot(createBot({ corpus: await loadFixtureCorpus(), clock: today, logger: recordingLogger() }), { metrics, inFlight: createInFlight() });
    await bot.handle('when did Xi visit Moscow?', slack);
    await bot.handle('search gas pipeline', slack);
    await bot.handle('search Kremlin', slack);
    const samples = parsePrometheusText(await metrics.render());
    expect(sampleValue(samples, 'summit_questions_answered_total', { surface: 'slack', kind: 'ask' })).toBe(1);
    expect(sampleValue(samples, 'summit_questions_answered_total', { surface: 'slack', kind: 'search' })).toBe(2);
    expect(sampleValue(samples, 'summit_answer_duration_seconds_count', { surface: 'slack' })).toBe(3);
  });

  it('gives each message a request id that its log lines carry, keeping one an HTTP request already has', async () => {
    const seen: Array<string | undefined> = [];
    const logger = recordingLogger();
    const spy = { ...logger, info: (msg: string, fields?: Record<string, unknown>) => { seen.push(currentRequestId()); logger.info(msg, fields); } };
    const bot = instrumentBot(createBot({ corpus: await loadFixtureCorpus(), clock: today, logger: spy }), { metrics: createPrometheusMetrics({ processMetrics: false }), inFlight: createInFlight() });
    await bot.handle('help', slack);
    await bot.handle('help', slack);
    await withRequestId(() => bot.handle('help', slack), 'from-http');
    expect(seen).toHaveLength(3);
    expect(seen[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(seen[1]).not.toBe(seen[0]);
    expect(seen[2]).toBe('from-http');
  });

  it('tracks a digest command waiting on the store as in flight until it answers', async () => {
    const inFlight = createInFlight();
    let release: () => void = () => undefined;
    const digest = { run: () => new Promise<never>((_resolve, reject) => { release = () => reject(new Error('store down')); }) };
    const bot = instrumentBot(createBot({ corpus: await loadFixtureCorpus(), clock: today, logger: recordingLogger(), digest }), { metrics: createPrometheusMetrics({ processMetrics: false }), inFlight });
    const answer = bot.handle('digest status', slack);
    await new Promise((r) => setTimeout(r, 5));
    expect(inFlight.size).toBe(1);
    release();
    expect((await answer).kind).toBe('problem');
    expect(inFlight.size).toBe(0);
  });
});
