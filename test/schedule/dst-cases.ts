/**
 * Daylight-saving facts, one table for the unit test of zonedInstant and the scheduler's tick-through test: the instant
 * a local time on a local date stands for, worked out from the zones' published rules for 2026.
 */
export interface DstCase {
  readonly name: string;
  readonly zone: string;
  readonly date: string;
  readonly time: string;
  /** The UTC instant the digest is due (and posted, to the tick). */
  readonly utc: string;
}

export const DST_CASES: readonly DstCase[] = [
  { name: 'New York spring-forward, 02:30 (does not exist) is 03:00 EDT', zone: 'America/New_York', date: '2026-03-08', time: '02:30', utc: '2026-03-08T07:00:00.000Z' },
  { name: 'New York spring-forward, 09:00 stays 09:00 EDT', zone: 'America/New_York', date: '2026-03-08', time: '09:00', utc: '2026-03-08T13:00:00.000Z' },
  { name: 'New York the day before, 09:00 EST', zone: 'America/New_York', date: '2026-03-07', time: '09:00', utc: '2026-03-07T14:00:00.000Z' },
  { name: 'New York fall-back, 01:30 (twice) is the first, EDT', zone: 'America/New_York', date: '2026-11-01', time: '01:30', utc: '2026-11-01T05:30:00.000Z' },
  { name: 'New York fall-back, 09:00 stays 09:00 EST', zone: 'America/New_York', date: '2026-11-01', time: '09:00', utc: '2026-11-01T14:00:00.000Z' },
  { name: 'London spring-forward, 01:30 (does not exist) is 02:00 BST', zone: 'Europe/London', date: '2026-03-29', time: '01:30', utc: '2026-03-29T01:00:00.000Z' },
  { name: 'London spring-forward, 02:30 is an ordinary BST time', zone: 'Europe/London', date: '2026-03-29', time: '02:30', utc: '2026-03-29T01:30:00.000Z' },
  { name: 'London fall-back, 01:30 (twice) is the first, BST', zone: 'Europe/London', date: '2026-10-25', time: '01:30', utc: '2026-10-25T00:30:00.000Z' },
  { name: 'London fall-back, 09:00 stays 09:00 GMT', zone: 'Europe/London', date: '2026-10-25', time: '09:00', utc: '2026-10-25T09:00:00.000Z' },
  { name: 'Lord Howe half-hour shift, 02:15 is 02:30', zone: 'Australia/Lord_Howe', date: '2026-10-04', time: '02:15', utc: '2026-10-03T15:30:00.000Z' },
  { name: 'Havana midnight gap, 00:30 is 01:00', zone: 'America/Havana', date: '2026-03-08', time: '00:30', utc: '2026-03-08T05:00:00.000Z' },
  { name: 'Kathmandu 45-minute offset, 09:00', zone: 'Asia/Kathmandu', date: '2026-06-01', time: '09:00', utc: '2026-06-01T03:15:00.000Z' },
];

/** The DST days the scheduler test ticks through (a 48-hour tick-through per case is costly; two zones show both gaps). */
export const TICKED_DST_CASES = DST_CASES.filter((c) => c.zone === 'America/New_York' || c.zone === 'Europe/London').filter((c) => c.date !== '2026-03-07');
