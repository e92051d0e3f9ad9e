/** Wall-clock time in an IANA zone, with Intl only: instant → local parts, and local date + HH:MM → the instant it names. */
import type { IsoDate } from '../domain.js';

export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

// Formatters are costly to build (~20 µs) and cheap to reuse; a process sees a handful of zones.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23: "24:00" never appears for midnight (some engines print it with hour12: false).
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's canonical name (`europe/berlin` → `Europe/Berlin`), or null when Intl does not know it. */
export function canonicalTimeZone(zone: string): string | null {
  if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(zone)) return null;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

export function localParts(instant: Date, timeZone: string): LocalParts {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** The local wall time read as if it were UTC, in ms (seconds dropped): comparable across offsets. */
const wallMs = (p: LocalParts): number => Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);

const pad = (n: number): string => String(n).padStart(2, '0');

// A tick asks for "today" once per subscription, and most subscriptions share a few zones and the same instant.
const lastDates = new Map<string, { readonly minute: number; readonly date: IsoDate }>();

export function localDateOf(instant: Date, timeZone: string): IsoDate {
  const minute = Math.floor(instant.getTime() / MINUTE_MS);
  const last = lastDates.get(timeZone);
  if (last?.minute === minute) return last.date;
  const p = localParts(instant, timeZone);
  const date = `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}` as IsoDate;
  if (lastDates.size >= 1024) lastDates.clear();
  lastDates.set(timeZone, { minute, date });
  return date;
}

export function formatLocal(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The zone's offset from UTC at `instantMs`, in ms, to the minute. */
function offsetAt(instantMs: number, timeZone: string): number {
  const floored = Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;
  return wallMs(localParts(new Date(floored), timeZone)) - floored;
}

/**
 * The instant at which `date` reaches `time` (HH:MM) on the wall clocks of `timeZone`.
 * - A repeated hour (fall-back: 01:30 happens twice): the first occurrence, so a digest posts once, at the earlier one.
 * - A time that does not exist that day (spring-forward gap: 02:30 in New York on the second Sunday of March): the first
 *   valid minute after the gap (03:00), as Vixie cron does; node-cron skips such days instead.
 */
export function zonedInstant(date: IsoDate, time: string, timeZone: string): Date {
  const key = `${date} ${time} ${timeZone}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    // Every tick asks again for the same few dates: remember them (a bounded map; cleared when full).
    if (instants.size >= 4096) instants.clear();
    ms = computeZonedInstant(date, time, timeZone);
    instants.set(key, ms);
  }
  return new Date(ms);
}

const instants = new Map<string, number>();

function computeZonedInstant(date: IsoDate, time: string, timeZone: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const target = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  // Every offset the zone has near the target; zones change offset at most once or twice within two days.
  const offsets = [...new Set([-36, -12, 0, 12, 36].map((h) => offsetAt(target + h * HOUR_MS, timeZone)))];
  const exact = offsets
    .map((offset) => target - offset)
    .filter((instant) => wallMs(localParts(new Date(instant), timeZone)) === target)
    .sort((a, b) => a - b);
  if (exact[0] !== undefined) return exact[0];
  // In a gap the wall clock jumps over `target`: search for the first minute whose wall time is past it.
  let low = target - Math.max(...offsets); // wall time before the jump
  let high = target - Math.min(...offsets); // wall time after the jump
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallMs(localParts(new Date(mid), timeZone)) >= target) high = mid;
    else low = mid;
  }
  return high;
}
