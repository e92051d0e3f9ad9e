import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer/answer.js';
import { createBot } from '../../src/bot.js';
import { createDigestCommands } from '../../src/digest/digest-commands.js';
import { parseDigestTime } from '../../src/digest/parse-digest-time.js';
import { syncConfigChannels } from '../../src/digest/sync-config-channels.js';
import type { ChatContext } from '../../src/ports.js';
import { corpusOfEvents, datedEvent } from '../fakes/fake-corpus.js';
import { createFakeClock } from '../fakes/fake-clock.js';
import { createMemoryStore } from '../fakes/memory-store.js';
import { recordingLogger } from '../fakes/recording-logger.js';

const settings = { defaultTime: '09:00', defaultTimeZone: 'UTC', empty: 'skip' as const };
const admin: ChatContext = { surface: 'slack', channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, userId: 'U1', canManageDigest: true };
const member: ChatContext = { ...admin, userId: 'U2', canManageDigest: false };

function setup() {
  const clock = createFakeClock('2026-12-15T06:00:00Z');
  const store = createMemoryStore({ now: clock.now });
  const events = [datedEvent('call', '2021-12-15', 'day', { title: 'Xi and Putin hold a video call' })];
  const commands = createDigestCommands({ store, clock, events: () => events, settings });
  const bot = createBot({ corpus: corpusOfEvents(events), clock, logger: recordingLogger(), digest: commands });
  return { clock, store, bot };
}

const settingsOf = (answer: Answer) => (answer.kind === 'digest-settings' ? answer.data : null);

describe('digest commands', () => {
  it('subscribe with defaults, then status shows time, zone and the next post in local time and UTC', async () => {
    const { bot } = setup();
    const subscribed = await bot.handle('digest subscribe', admin);
    expect(subscribed.headline).toBe('Subscribed: the “on this day” digest posts here every day at 09:00 UTC.');
    const status = await bot.handle('digest status', member);
    expect(settingsOf(status)).toMatchObject({
      subscription: { id: 'slack:T1:C1', time: '09:00', timeZone: 'UTC', enabled: true, source: 'command' },
      next: { localDate: '2026-12-15', local: '2026-12-15 09:00 UTC', utc: '2026-12-15T09:00:00.000Z' },
    });
  });

  it('subscribe 07:30 Europe/Berlin: the next post is 07:30 Berlin, 06:30 UTC', async () => {
    const { bot, clock } = setup();
    clock.set('2026-12-15T07:00:00Z');
    await bot.handle('digest subscribe 7:30 europe/berlin', admin);
    const status = settingsOf(await bot.handle('digest status', member));
    expect(status?.subscription).toMatchObject({ time: '07:30', timeZone: 'Europe/Berlin' });
    expect(status?.next).toEqual({ localDate: '2026-12-16', local: '2026-12-16 07:30 Europe/Berlin', utc: '2026-12-16T06:30:00.000Z' });
  });

  it.each([
    ['digest subscribe 25:00 UTC', '“25:00” is not a time of day'],
    ['digest subscribe 7.30', '“7.30” is not a time of day'],
    ['digest subscribe 07:30 Mars/Olympus', '“Mars/Olympus” is not an IANA time zone'],
  ])('%s → a clear message with an example', async (text, message) => {
    const { bot, store } = setup();
    const answer = await bot.handle(text, admin);
    expect(answer.kind).toBe('problem');
    expect(answer.headline).toContain(message);
    expect(answer.headline).toContain('for example: digest subscribe 07:30 Europe/Berlin');
    expect(await store.subscriptions.get('slack:T1:C1')).toBeNull();
  });

  it('only members who can manage the channel subscribe or unsubscribe; anyone may ask for status and preview', async () => {
    const { bot, store } = setup();
    expect((await bot.handle('digest subscribe', member)).kind === 'problem').toBe(true);
    expect(await store.subscriptions.get('slack:T1:C1')).toBeNull();
    await bot.handle('digest subscribe', admin);
    const refused = await bot.handle('digest unsubscribe', member);
    expect(refused.kind === 'problem' && refused.data.code).toBe('not-allowed');
    expect(await store.subscriptions.get('slack:T1:C1')).not.toBeNull();
    expect((await bot.handle('digest status', member)).kind).toBe('digest-settings');
    expect((await bot.handle('digest preview', member)).headline).toBe('On this day — 15 December');
  });

  it('unsubscribe removes the subscription', async () => {
    const { bot, store } = setup();
    await bot.handle('digest subscribe', admin);
    expect((await bot.handle('digest unsubscribe', admin)).headline).toBe('Unsubscribed: no more daily digests here.');
    expect(await store.subscriptions.get('slack:T1:C1')).toBeNull();
    expect((await bot.handle('digest status', member)).headline).toContain('No daily digest in this channel');
  });

  it('status lists the latest ledger outcomes', async () => {
    const { bot, store, clock } = setup();
    await bot.handle('digest subscribe', admin);
    await store.ledger.claim({ subscriptionId: 'slack:T1:C1', localDate: '2026-12-14', owner: 'o', leaseMs: 60_000, now: clock.now() });
    await store.ledger.finish('slack:T1:C1', '2026-12-14', 'o', { status: 'skipped', detail: 'nothing on 12-14' }, clock.now());
    const status = settingsOf(await bot.handle('digest status', member));
    expect(status?.recent).toEqual([{ localDate: '2026-12-14', status: 'skipped', detail: 'nothing on 12-14' }]);
  });

  it('preview YYYY-MM-DD shows that day’s digest; a bad date explains the form', async () => {
    const { bot } = setup();
    expect((await bot.handle('digest preview 2027-12-15', member)).items[0]?.detail).toBe('6 years ago');
    expect((await bot.handle('digest preview 2026-07-16', member)).headline).toBe('On this day — 16 July: nothing to post');
    expect((await bot.handle('digest preview 15/12', member)).headline).toContain('Use YYYY-MM-DD');
  });

  it('normalises time and zone', () => {
    expect(parseDigestTime({ time: '7:05', timeZone: 'utc' }, settings)).toEqual({ ok: true, value: { time: '07:05', timeZone: 'UTC' } });
  });
});

describe('syncConfigChannels', () => {
  it('turns DIGEST_CHANNELS into config subscriptions, keeps command ones, and drops channels no longer listed', async () => {
    const clock = createFakeClock('2026-12-15T06:00:00Z');
    const store = createMemoryStore({ now: clock.now });
    const logger = recordingLogger();
    const base = { defaultTime: '08:00', defaultTimeZone: 'Europe/London' };
    await store.subscriptions.upsert({ id: 'slack:-:C9', channel: { platform: 'slack', workspaceId: null, channelId: 'C9' }, time: '07:00', timeZone: 'UTC', source: 'command', createdBy: 'U1' }, clock.now());
    await syncConfigChannels(store, { ...base, channels: ['slack:C0123', 'discord:987654321', 'slack:C9'] }, clock.now(), logger);
    expect((await store.subscriptions.listEnabled()).map((s) => [s.id, s.source, s.time])).toEqual([
      ['discord:-:987654321', 'config', '08:00'],
      ['slack:-:C0123', 'config', '08:00'],
      ['slack:-:C9', 'command', '07:00'],
    ]);
    await syncConfigChannels(store, { ...base, channels: ['slack:C0123'] }, clock.now(), logger);
    expect((await store.subscriptions.listEnabled()).map((s) => s.id)).toEqual(['slack:-:C0123', 'slack:-:C9']);
  });

  it('a Slack channel listed in config answers status from its workspace', async () => {
    const clock = createFakeClock('2026-12-15T06:00:00Z');
    const store = createMemoryStore({ now: clock.now });
    await syncConfigChannels(store, { defaultTime: '09:00', defaultTimeZone: 'UTC', channels: ['slack:C1'] }, clock.now(), recordingLogger());
    const commands = createDigestCommands({ store, clock, events: () => [], settings });
    const status = await commands.run({ action: 'status' }, member);
    expect(settingsOf(status)?.subscription).toMatchObject({ id: 'slack:-:C1', source: 'config' });
    const unsubscribe = await commands.run({ action: 'unsubscribe' }, admin);
    expect(unsubscribe.headline).toContain('DIGEST_CHANNELS');
  });
});
