import { describe, expect, it } from 'vitest';
import { dueDigests, MIN_CATCHUP_MS, nextDigestAt } from '../../src/schedule/due-digests.js';
import { localDateOf, zonedInstant } from '../../src/schedule/zoned-time.js';
import type { IsoDate } from '../../src/domain.js';
import { DST_CASES } from './dst-cases.js';

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);
const six = { catchupMs: 6 * HOUR };

describe('zonedInstant', () => {
  it.each(DST_CASES)('$name', ({ date, time, zone, utc: expected }) => {
    expect(zonedInstant(date as IsoDate, time, zone).toISOString()).toBe(expected);
  });

  it('names a local date that maps back to itself at its due minute, every day of 2026 in five zones', () => {
    for (const zone of ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Havana']) {
      for (let d = 0; d < 365; d += 1) {
        const date = new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10) as IsoDate;
        for (const time of ['00:30', '02:30', '09:00']) expect(localDateOf(zonedInstant(date, time, zone), zone)).toBe(date);
      }
    }
  });
});

describe('dueDigests', () => {
  const ny = { time: '09:00', timeZone: 'America/New_York' };

  it('is not due before the local time, and due from that minute on', () => {
    expect(dueDigests(ny, at('2026-12-15T13:59:00Z'), six).filter((d) => d.localDate === '2026-12-15')).toEqual([]);
    expect(dueDigests(ny, at('2026-12-15T14:00:00Z'), six).filter((d) => d.localDate === '2026-12-15')).toEqual([
      { localDate: '2026-12-15', dueAt: at('2026-12-15T14:00:00Z'), status: 'due' },
    ]);
  });

  it('uses the subscriber’s calendar day, not UTC’s: 20:00 in Tokyo is due on the Tokyo date', () => {
    const dues = dueDigests({ time: '08:00', timeZone: 'Asia/Tokyo' }, at('2026-12-14T23:30:00Z'), six);
    expect(dues.map((d) => [d.localDate, d.status])).toContainEqual(['2026-12-15', 'due']);
  });

  it('stays due within the catch-up window, and is missed after it', () => {
    const inside = dueDigests(ny, at('2026-12-15T19:59:00Z'), six).find((d) => d.localDate === '2026-12-15');
    const outside = dueDigests(ny, at('2026-12-15T20:01:00Z'), six).find((d) => d.localDate === '2026-12-15');
    expect(inside?.status).toBe('due');
    expect(outside?.status).toBe('missed');
  });

  it('after a 30-hour outage reports yesterday as missed and today as due', () => {
    const dues = dueDigests(ny, at('2026-12-15T15:10:00Z'), six);
    expect(dues.filter((d) => d.localDate >= '2026-12-14').map((d) => [d.localDate, d.status])).toEqual([
      ['2026-12-14', 'missed'],
      ['2026-12-15', 'due'],
    ]);
  });

  it('never counts dates before the subscription existed', () => {
    const dues = dueDigests(ny, at('2026-12-15T15:10:00Z'), { ...six, since: at('2026-12-15T14:30:00Z') });
    expect(dues).toEqual([]);
  });

  it('gives a catch-up window of 0 a few minutes of grace for a late tick', () => {
    const dues = dueDigests(ny, new Date(Date.parse('2026-12-15T14:00:00Z') + MIN_CATCHUP_MS - 1), { catchupMs: 0 });
    expect(dues.find((d) => d.localDate === '2026-12-15')?.status).toBe('due');
  });

  it('names the next digest after now, today or tomorrow', () => {
    expect(nextDigestAt(ny, at('2026-12-15T13:00:00Z'))).toEqual({ localDate: '2026-12-15', dueAt: at('2026-12-15T14:00:00Z') });
    expect(nextDigestAt(ny, at('2026-12-15T14:00:00Z'))).toEqual({ localDate: '2026-12-16', dueAt: at('2026-12-16T14:00:00Z') });
  });
});
