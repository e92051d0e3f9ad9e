import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsolePublisher } from '../../adapters/console/index.js';
import { createBot } from '../../src/bot.js';
import { createDigestCommands } from '../../src/digest/digest-commands.js';
import type { ChatContext } from '../../src/ports.js';
import { createConsoleDigest, type ConsoleDigest } from '../../src/runtime/console-digest.js';
import { corpusOfEvents, datedEvent } from '../fakes/fake-corpus.js';
import { createFakeClock } from '../fakes/fake-clock.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { recordingLogger } from '../fakes/recording-logger.js';

const consoleUser: ChatContext = { surface: 'console', channel: { platform: 'console', workspaceId: null, channelId: 'local' }, canManageDigest: true };
const settings = { defaultTime: '09:00', defaultTimeZone: 'UTC', empty: 'skip' as const, catchupHours: 6 };
// node-cron's tick stays out of the way (it would fire at the new year only): the test drives the runner.
const NEVER = '0 0 1 1 *'; // midnight on 1 January

function setup(storeHasState: boolean) {
  const clock = createFakeClock('2026-06-15T08:00:00Z');
  const store = createMemoryStore({ now: clock.now });
  const events = [datedEvent('call', '2022-06-15', 'day', { title: 'Xi and Putin hold a phone call' })];
  const logger = recordingLogger();
  const bot = createBot({ corpus: corpusOfEvents(events), clock, logger, digest: createDigestCommands({ store, clock, events: () => events, settings }) });
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const digest = createConsoleDigest(bot, { owner: 'console-test', store, clock, logger, events: () => events, settings, output, json: false, storeHasState, tick: NEVER });
  return { clock, digest, printed: () => printed, store };
}

let open: ConsoleDigest | null = null;
afterEach(async () => {
  await open?.stop();
  open = null;
});

describe('the console digest', () => {
  it('starts no scheduler for a console that never used the digest, and one after its first digest command', async () => {
    const { digest } = setup(false);
    open = digest;
    expect(digest.started()).toBe(false);
    await digest.bot.handle('when did xi visit moscow?', consoleUser);
    expect(digest.started()).toBe(false);
    await digest.bot.handle('digest status', consoleUser);
    expect(digest.started()).toBe(true);
  });

  it('prints a console subscription at its time, once that day', async () => {
    const { clock, digest, printed } = setup(false);
    open = digest;
    const subscribed = await digest.bot.handle('digest subscribe 09:00', consoleUser);
    expect(subscribed.headline).toContain('09:00 UTC');
    const runner = digest.runner()!;
    // The start-up catch-up run is in flight: a tick returns null until it has finished, then runs (nothing due at 08:00).
    while ((await runner.tick()) === null) await new Promise((r) => setImmediate(r));
    expect(printed()).toBe('');
    clock.set('2026-06-15T09:01:00Z');
    expect((await runner.tick())?.posted).toBe(1);
    expect(printed()).toContain('daily digest, 2026-06-15');
    expect(printed()).toContain('Xi and Putin hold a phone call');
    expect((await runner.tick())?.posted).toBe(0);
    expect(printed().match(/daily digest/g)).toHaveLength(1);
  });

  it('starts at once when the store already holds subscriptions from an earlier run', () => {
    const { digest } = setup(true);
    open = digest;
    expect(digest.started()).toBe(true);
  });
});

describe('the console publisher', () => {
  it('gives the claim back, keeping the subscription, when the console output has closed', async () => {
    const output = new PassThrough();
    output.end();
    await new Promise((r) => setImmediate(r));
    const publisher = createConsolePublisher({ output, json: false });
    const post = { key: 'k', channel: consoleUser.channel, localDate: '2026-06-15', answer: { kind: 'help', headline: 'h' } } as never;
    await expect(publisher.publish(post)).rejects.toMatchObject({ code: 'platform_send_failed' });
  });
});
