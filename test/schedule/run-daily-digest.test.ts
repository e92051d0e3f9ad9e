import { describe, expect, it } from 'vitest';
import { createDigestRunner } from '../../src/schedule/digest-runner.js';
import { DEFAULT_LEASE_MS, retryDelayMs, runDailyDigest } from '../../src/schedule/run-daily-digest.js';
import { HOUR, MINUTE } from '../fakes/fake-clock.js';
import { createHarness } from './digest-harness.js';

const NY = 'America/New_York';

describe('runDailyDigest', () => {
  it('posts nothing before the local time, once at it, and nothing on later ticks that day', async () => {
    const h = createHarness('2026-12-15T13:58:00Z');
    await h.subscribe('C1', '09:00', NY);
    expect((await h.run()).posted).toBe(0);
    h.clock.set('2026-12-15T14:00:00Z');
    expect((await h.run()).posted).toBe(1);
    for (let i = 0; i < 20; i += 1) {
      h.clock.advance(30_000);
      await h.run();
    }
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect(h.publisher.posts[0]?.headline).toBe('On this day — 15 December');
    expect((await h.store.ledger.get('slack:T1:C1', '2026-12-15'))?.status).toBe('posted');
  });

  it('catches up after downtime inside the window: down 06:55–09:10 for a 07:00 digest posts once on return', async () => {
    const h = createHarness('2026-12-15T11:55:00Z'); // 06:55 New York
    await h.subscribe('C1', '07:00', NY);
    await h.run();
    h.clock.set('2026-12-15T14:10:00Z'); // back at 09:10
    const report = await h.run();
    expect(report.posted).toBe(1);
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect(h.logger.lines.find((l) => l.msg === 'digest posted')?.fields.lateMs).toBe(130 * MINUTE);
  });

  it('after 30 hours down records yesterday as missed once, never posts it, and posts today', async () => {
    const h = createHarness('2026-12-14T11:00:00Z', { catchupHours: 6 });
    await h.subscribe('C1', '07:00', NY);
    h.clock.set('2026-12-15T17:00:00Z'); // 12:00 the next day: yesterday 29 h late, today 5 h late
    const first = await h.run();
    const second = await h.run();
    expect(first).toMatchObject({ posted: 1, missed: 1 });
    expect(second).toMatchObject({ posted: 0, missed: 0 });
    expect(h.publisher.count(h.key('C1', '2026-12-14'))).toBe(0);
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect((await h.store.ledger.get('slack:T1:C1', '2026-12-14'))?.status).toBe('missed');
  });

  it('outside the window posts nothing late: only the missed record', async () => {
    const h = createHarness('2026-12-15T11:00:00Z', { catchupHours: 2 });
    await h.subscribe('C1', '07:00', NY);
    h.clock.set('2026-12-15T15:00:00Z'); // 10:00, three hours late
    expect(await h.run()).toMatchObject({ posted: 0, missed: 1 });
    expect(h.publisher.posts).toEqual([]);
  });

  it('records an empty day as skipped and posts nothing (DIGEST_EMPTY=skip)', async () => {
    const h = createHarness('2026-12-15T14:00:00Z', { events: [] });
    await h.subscribe('C1', '09:00', NY);
    expect(await h.run()).toMatchObject({ posted: 0, skipped: 1 });
    expect(h.publisher.calls.publish).toBe(0);
    expect((await h.store.ledger.get('slack:T1:C1', '2026-12-15'))?.detail).toContain('nothing on 12-15');
  });

  it('retries a transient failure with backoff, and posts once when the platform is back', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    h.publisher.failNext(2);
    expect((await h.run()).retrying).toBe(1);
    const released = await h.store.ledger.get('slack:T1:C1', '2026-12-15');
    expect(released?.retryAt?.toISOString()).toBe('2026-12-15T14:01:00.000Z');
    expect(released?.detail).toContain('platform_send_failed');
    h.clock.advance(30_000);
    expect((await h.run()).held).toBe(1); // its retry time has not come
    h.clock.advance(30_000);
    expect((await h.run()).retrying).toBe(1); // second failure: two minutes now
    h.clock.advance(2 * MINUTE);
    expect((await h.run()).posted).toBe(1);
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect(h.logger.lines.some((l) => l.level === 'warn' && l.fields.code === 'platform_send_failed')).toBe(true);
    expect(retryDelayMs(10)).toBe(30 * MINUTE);
  });

  it('when the post went out but its response was lost, finds it on the retry instead of posting again', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    h.publisher.loseResponseNext(1);
    await h.run();
    h.clock.advance(retryDelayMs(1));
    expect(await h.run()).toMatchObject({ posted: 0, recovered: 1 });
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    expect((await h.store.ledger.get('slack:T1:C1', '2026-12-15'))?.messageId).toBe('m1');
  });

  describe('a crash between claim and post', () => {
    const claimAsDeadOwner = async (h: ReturnType<typeof createHarness>) =>
      h.store.ledger.claim({ subscriptionId: 'slack:T1:C1', localDate: '2026-12-15', owner: 'dead-host:1:x', leaseMs: DEFAULT_LEASE_MS, now: h.clock.now() });

    it('post made, then the process died: the takeover finds it and posts nothing', async () => {
      const h = createHarness('2026-12-15T14:00:00Z');
      await h.subscribe('C1', '09:00', NY);
      const claim = await claimAsDeadOwner(h);
      expect(claim.kind).toBe('claimed');
      // The dead process got its message out (key as the scheduler names it) and died before recording it.
      await h.publisher.publish({ key: h.key('C1', '2026-12-15'), channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, localDate: '2026-12-15' as never,
        answer: { kind: 'problem', headline: 'x', items: [], followUps: [], data: { code: 'internal-error', message: 'x' } } });
      h.clock.advance(30_000);
      expect((await h.run('owner-b')).held).toBe(1); // the lease is still live
      h.clock.advance(DEFAULT_LEASE_MS);
      expect(await h.run('owner-b')).toMatchObject({ recovered: 1, posted: 0 });
      expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
    });

    it('post never made: the takeover asks, finds nothing, and posts once', async () => {
      const h = createHarness('2026-12-15T14:00:00Z');
      await h.subscribe('C1', '09:00', NY);
      await claimAsDeadOwner(h);
      h.clock.advance(DEFAULT_LEASE_MS + 1_000);
      expect((await h.run('owner-b')).posted).toBe(1);
      expect(h.publisher.calls.findPosted).toBe(1);
      expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
      expect(await h.run('owner-c')).toMatchObject({ posted: 0, recovered: 0 });
    });
  });

  it('renews its lease while a post is in flight, so another replica does not take the claim over', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    const gate = h.publisher.hold();
    const slow = h.run('owner-a', { leaseMs: 1_000 }); // renewed every second of real time
    await gate.started;
    h.clock.advance(900);
    await new Promise((resolve) => setTimeout(resolve, 1_150));
    h.clock.advance(600); // past the first lease, inside the renewed one
    expect((await h.run('owner-b', { leaseMs: 1_000 })).held).toBe(1);
    gate.release();
    expect((await slow).posted).toBe(1);
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);
  });

  it('two schedulers on one store, ticking together, post once per channel and day', async () => {
    const h = createHarness('2026-12-15T13:59:30Z');
    for (const c of ['C1', 'C2', 'C3']) await h.subscribe(c, '09:00', NY);
    for (let tick = 0; tick < 10; tick += 1) {
      await Promise.all([h.run('replica-a'), h.run('replica-b')]);
      h.clock.advance(30_000);
    }
    for (const c of ['C1', 'C2', 'C3']) expect(h.publisher.count(h.key(c, '2026-12-15'))).toBe(1);
  });

  it('a replica whose clock runs 2 minutes late posts nothing; a lock released after the run (negative control) posts twice', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    await h.run('replica-a');
    h.clock.advance(2 * MINUTE);
    // Its clock says 09:00 now, two real minutes after replica A posted: the slot is due for it, and the ledger says done.
    const lateClock = { now: () => new Date(h.clock.now().getTime() - 2 * MINUTE) };
    expect((await h.run('replica-late', { clock: lateClock })).posted).toBe(0);
    expect(h.publisher.count(h.key('C1', '2026-12-15'))).toBe(1);

    // node-cron's coordinator hook with a lock that onComplete releases: the late replica finds the slot free again.
    const locks = new Set<string>();
    const control = createHarness('2026-12-15T14:00:00Z');
    const slot = control.key('C1', '2026-12-15');
    for (const _replica of ['on-time', 'late']) {
      if (locks.has(slot)) continue;
      locks.add(slot);
      await control.publisher.publish({ key: slot, channel: { platform: 'slack', workspaceId: 'T1', channelId: 'C1' }, localDate: '2026-12-15' as never,
        answer: { kind: 'problem', headline: 'x', items: [], followUps: [], data: { code: 'internal-error', message: 'x' } } });
      locks.delete(slot); // onComplete
    }
    expect(control.publisher.count(slot)).toBe(2);
  });

  it('a removed channel disables its subscription, logs why, and is not tried again', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    h.publisher.removeChannel('C1', 'channel_not_found');
    expect((await h.run()).failed).toBe(1);
    const subscription = await h.store.subscriptions.get('slack:T1:C1');
    expect(subscription).toMatchObject({ enabled: false, disabledReason: 'channel_not_found' });
    expect(h.logger.lines.find((l) => l.msg === 'digest channel gone; subscription disabled')?.fields.reason).toBe('channel_not_found');
    h.clock.advance(HOUR);
    await h.run();
    expect(h.publisher.calls.publish).toBe(1);
  });

  it('leaves a platform it cannot post to unclaimed, for a replica that can', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('D1', '09:00', NY, { platform: 'discord' });
    expect((await h.run()).unserved).toBe(1);
    expect(await h.store.ledger.get('discord:T1:D1', '2026-12-15')).toBeNull();
  });

  it('never throws out of a run: a store failure is logged once with its code', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    await h.store.close();
    const report = await h.run();
    expect(report.failed).toBe(1);
    expect(h.logger.lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['digest run failed']);
  });

  it('gives back a claim it has not posted when stopped mid-run', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    const abort = new AbortController();
    // A takeover asks the platform first; the stop arrives while it asks.
    await h.store.ledger.claim({ subscriptionId: 'slack:T1:C1', localDate: '2026-12-15', owner: 'dead', leaseMs: 1_000, now: h.clock.now() });
    h.clock.advance(2_000);
    const findPosted = h.publisher.findPosted.bind(h.publisher);
    h.publisher.findPosted = async (post, since) => {
      abort.abort();
      return findPosted(post, since);
    };
    await runDailyDigest(h.deps('owner-b', { signal: abort.signal }));
    expect(h.publisher.calls.publish).toBe(0);
    const row = await h.store.ledger.get('slack:T1:C1', '2026-12-15');
    expect(row).toMatchObject({ status: 'claimed', detail: 'given back at shutdown, not posted' });
    expect(row?.retryAt?.getTime()).toBe(h.clock.now().getTime());
    expect((await h.run('owner-c')).posted).toBe(1);
  });
});

describe('createDigestRunner', () => {
  it('runs one at a time: a tick during a run returns at once, and stop waits for the post in flight', async () => {
    const h = createHarness('2026-12-15T14:00:00Z');
    await h.subscribe('C1', '09:00', NY);
    await h.subscribe('C2', '09:00', NY);
    const runner = createDigestRunner(h.deps('owner-a'));
    const gate = h.publisher.hold();
    const first = runner.tick();
    await gate.started;
    expect(await runner.tick()).toBeNull();
    expect(runner.overlaps).toBe(1);
    const stopped = runner.stop();
    gate.release();
    await stopped;
    expect((await first)?.posted).toBe(1); // the post in flight finished and was recorded
    expect(await h.store.ledger.get('slack:T1:C2', '2026-12-15')).toBeNull(); // nothing new started after stop
    expect(await runner.tick()).toBeNull();
  });
});
