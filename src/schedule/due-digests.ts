/** Which local dates of a subscription are due at an instant: pure, so DST and downtime are tested without waiting. */
import type { IsoDate } from '../domain.js';
import { addDays } from '../time/calendar.js';
import { localDateOf, zonedInstant } from './zoned-time.js';

export interface DigestSchedule {
  /** `HH:MM`, 24-hour, on the wall clocks of `timeZone`. */
  readonly time: string;
  readonly timeZone: string;
}

export interface DueDigest {
  readonly localDate: IsoDate;
  /** When that date's digest fell due (see zonedInstant for gaps and repeated hours). */
  readonly dueAt: Date;
  /** `due`: post it now. `missed`: its time passed longer ago than the catch-up window; record it, never post it. */
  readonly status: 'due' | 'missed';
}

export interface DueOptions {
  /** How late a digest may still be posted (DIGEST_CATCHUP_HOURS). */
  readonly catchupMs: number;
  /** Dates that fell due before this instant are not this subscription's (it did not exist yet): neither due nor missed. */
  readonly since?: Date;
}

/** A tick runs every 30 s, and a busy run may start it late: never count an on-time digest as missed for that. */
export const MIN_CATCHUP_MS = 5 * 60_000;
const DAY_MS = 86_400_000;

/**
 * The dates whose digest time has passed and whose lateness is within the window (`due`), plus the few dates just
 * before them that fell out of the window (`missed`), oldest first. Whether a date was already posted is the ledger's
 * business, not this function's: it answers the same for every tick of the day.
 */
export function dueDigests(schedule: DigestSchedule, now: Date, options: DueOptions): DueDigest[] {
  const window = Math.max(options.catchupMs, MIN_CATCHUP_MS);
  const today = localDateOf(now, schedule.timeZone);
  // Look back over the window, plus two days so a long outage leaves a `missed` row for the days it swallowed.
  const lookback = Math.ceil(window / DAY_MS) + 2;
  const result: DueDigest[] = [];
  for (let back = lookback; back >= 0; back -= 1) {
    const localDate = addDays(today, -back);
    const dueAt = zonedInstant(localDate, schedule.time, schedule.timeZone);
    if (dueAt.getTime() > now.getTime()) continue;
    if (options.since && dueAt.getTime() < options.since.getTime()) continue;
    result.push({ localDate, dueAt, status: now.getTime() - dueAt.getTime() <= window ? 'due' : 'missed' });
  }
  return result;
}

/** The next instant after `now` at which a new date falls due: what `digest status` shows. */
export function nextDigestAt(schedule: DigestSchedule, now: Date): { readonly localDate: IsoDate; readonly dueAt: Date } {
  const today = localDateOf(now, schedule.timeZone);
  for (let ahead = 0; ahead <= 2; ahead += 1) {
    const localDate = addDays(today, ahead);
    const dueAt = zonedInstant(localDate, schedule.time, schedule.timeZone);
    if (dueAt.getTime() > now.getTime()) return { localDate, dueAt };
  }
  // Unreachable for real zones (a day has a due time within 48 h); kept total for the type checker.
  const localDate = addDays(today, 1);
  return { localDate, dueAt: zonedInstant(localDate, schedule.time, schedule.timeZone) };
}
