/** Daylight-saving days and a whole year of ticks: exactly one digest per local date, at the right instant. */
import cron from 'node-cron';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { dueDigests } from '../../src/schedule/due-digests.js';
import { localDateOf, zonedInstant } from '../../src/schedule/zoned-time.js';
import { MINUTE } from '../fakes/fake-clock.js';
import { createHarness } from './digest-harness.js';
import { TICKED_DST_CASES } from './dst-cases.js';

/** Ticks every `stepMs` from `from` to `to` and returns when each post was made. */
async function tickThrough(h: ReturnType<typeof createHarness>, from: string, to: string, stepMs: number): Promise<void> {
  h.clock.set(from);
  const end = Date.parse(to);
  while (h.clock.now().getTime() <= end) {
    await h.run();
    h.clock.advance(stepMs);
  }
}

describe('daylight-saving days, ticking every 30 s', () => {
  it.each(TICKED_DST_CASES)('$name', async ({ zone, time, date, utc: expectedAt }) => {
    const day = Date.parse(`${date}T00:00:00Z`);
    const h = createHarness(new Date(day - 12 * 3_600_000).toISOString());
    await h.subscribe('C1', time, zone);
    await tickThrough(h, new Date(day - 12 * 3_600_000).toISOString(), new Date(day + 36 * 3_600_000).toISOString(), 30_000);
    const posts = h.publisher.posts.filter((p) => p.localDate === date);
    expect(posts.map((p) => p.at.toISOString())).toEqual([expectedAt]);
    expect(h.publisher.posts.every((p) => h.publisher.count(p.key) === 1)).toBe(true);
  });
});

describe('a whole year', () => {
  const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Havana'];
  const times = ['00:30', '01:30', '02:30', '09:00'];
  const STEP = 30 * MINUTE;

  it.each(zones)('%s: every local date of 2026 gets exactly one digest, at most one tick after its time', async (zone) => {
    const h = createHarness('2025-12-31T00:00:00Z');
    for (const time of times) await h.subscribe(`C${time.replace(':', '')}`, time, zone);
    await tickThrough(h, '2025-12-31T00:00:00Z', '2027-01-02T00:00:00Z', STEP);
    for (const time of times) {
      const channelId = `C${time.replace(':', '')}`;
      const posts = h.publisher.posts.filter((p) => p.channelId === channelId && p.localDate.startsWith('2026-'));
      const dates = posts.map((p) => p.localDate);
      expect(new Set(dates).size).toBe(365);
      expect(dates.length).toBe(365);
      for (const post of posts) {
        const due = zonedInstant(post.localDate as IsoDate, time, zone).getTime();
        expect(post.at.getTime() - due).toBeGreaterThanOrEqual(0);
        expect(post.at.getTime() - due).toBeLessThan(STEP);
      }
    }
    expect(h.logger.lines.filter((l) => l.msg === 'digest missed')).toEqual([]);
  });
});

describe('negative control: node-cron’s next-match schedule', () => {
  it('skips the New York spring-forward day for a 02:30 job, where the ledger’s due dates do not', async () => {
    const task = cron.createTask('30 2 * * *', () => undefined, { timezone: 'America/New_York' });
    const runs = task.getNextRuns(400);
    await task.destroy();
    const cronDays = new Set(runs.map((d) => localDateOf(d, 'America/New_York')));
    // The next spring-forward day within the 400 runs: the local date whose 02:30 is not a wall-clock time.
    const days = [...cronDays].sort();
    const first = days[0] as IsoDate;
    let gapDay: IsoDate | null = null;
    for (let i = 0; i < 390 && !gapDay; i += 1) {
      const date = new Date(Date.parse(`${first}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10) as IsoDate;
      const at = zonedInstant(date, '02:30', 'America/New_York');
      if (at.getUTCMinutes() === 0) gapDay = date; // moved to 03:00, the first valid minute
    }
    expect(gapDay).not.toBeNull();
    expect(cronDays.has(gapDay!)).toBe(false);
    const after = new Date(zonedInstant(gapDay!, '02:30', 'America/New_York').getTime() + MINUTE);
    const ours = dueDigests({ time: '02:30', timeZone: 'America/New_York' }, after, { catchupMs: 6 * 3_600_000 });
    expect(ours.map((d) => [d.localDate, d.status])).toContainEqual([gapDay, 'due']);
  });
});
