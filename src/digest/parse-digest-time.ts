/** `digest subscribe [HH:MM] [zone]` arguments → a valid time and canonical IANA zone, or the message that explains the fix. */
import type { Result } from '../domain.js';
import { canonicalTimeZone } from '../schedule/zoned-time.js';

export const SUBSCRIBE_EXAMPLE = 'digest subscribe 07:30 Europe/Berlin';

/** `7:30` → `07:30`; null unless a real 24-hour time. */
export function normalizeTime(text: string): string | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

export function parseDigestTime(
  given: { readonly time?: string; readonly timeZone?: string },
  defaults: { readonly defaultTime: string; readonly defaultTimeZone: string },
): Result<{ readonly time: string; readonly timeZone: string }, string> {
  // The command grammar takes any non-time word as the zone, so `7.30` or `25:00` arrive here as a zone or a time.
  const timeText = given.time ?? (given.timeZone && /^\d/.test(given.timeZone) ? given.timeZone : undefined);
  const zoneText = given.time === undefined && timeText !== undefined ? undefined : given.timeZone;
  const time = normalizeTime(timeText ?? defaults.defaultTime);
  if (!time) {
    return { ok: false, error: `“${timeText}” is not a time of day. Use HH:MM on a 24-hour clock, for example: ${SUBSCRIBE_EXAMPLE}` };
  }
  const timeZone = canonicalTimeZone(zoneText ?? defaults.defaultTimeZone);
  if (!timeZone) {
    return {
      ok: false,
      error: `“${zoneText}” is not an IANA time zone. Use a name such as Europe/Berlin, America/New_York or UTC, for example: ${SUBSCRIBE_EXAMPLE}`,
    };
  }
  return { ok: true, value: { time, timeZone } };
}
