import { describe, expect, it } from 'vitest';
import { createInFlight } from '../src/runtime/in-flight.js';
import { createShutdown } from '../src/shutdown.js';
import { recordingLogger } from './fakes/recording-logger.js';

describe('graceful shutdown steps', () => {
  it('runs steps in order, each after the previous one finished, once however often it is asked', async () => {
    const logger = recordingLogger();
    const shutdown = createShutdown(logger, 5_000);
    const order: string[] = [];
    shutdown.add({ name: 'stop intake', run: async () => { await new Promise((r) => setTimeout(r, 20)); order.push('stop intake'); } });
    shutdown.add({ name: 'close store', run: () => { order.push('close store'); } });
    const [a, b] = await Promise.all([shutdown.run('SIGTERM'), shutdown.run('SIGINT')]);
    expect([a, b]).toEqual([true, true]);
    expect(order).toEqual(['stop intake', 'close store']);
    expect(logger.lines.filter((l) => l.msg === 'shutting down')).toHaveLength(1);
  });

  it('a step that hangs or throws is logged and the later steps still run within the budget', async () => {
    const logger = recordingLogger();
    const shutdown = createShutdown(logger, 200);
    const ran: string[] = [];
    shutdown.add({ name: 'hangs', run: () => new Promise(() => undefined) });
    shutdown.add({ name: 'throws', run: () => { throw new Error('boom'); } });
    shutdown.add({ name: 'close store', run: () => { ran.push('close store'); } });
    expect(await shutdown.run('SIGTERM')).toBe(false);
    expect(ran).toEqual(['close store']);
    expect(logger.lines.filter((l) => l.level === 'error').map((l) => [l.msg, l.fields.step])).toEqual([
      ['shutdown step timed out', 'hangs'],
      ['shutdown step failed', 'throws'],
    ]);
  });
});

describe('in-flight work', () => {
  it('drained() waits for every tracked piece of work, and resolves at once when idle', async () => {
    const inFlight = createInFlight();
    await inFlight.drained();
    let finish: () => void = () => undefined;
    const work = inFlight.track(() => new Promise<string>((resolve) => { finish = () => resolve('answer'); }));
    const failing = inFlight.track(() => Promise.reject(new Error('x'))).catch(() => 'failed');
    expect(inFlight.size).toBe(2);
    let drained = false;
    const waiting = inFlight.drained().then(() => (drained = true));
    await failing;
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(false);
    finish();
    expect(await work).toBe('answer');
    await waiting;
    expect(inFlight.size).toBe(0);
  });
});
