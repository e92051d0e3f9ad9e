/** A clock that only moves when a test moves it: the scheduler's WallClock and the core's Clock (UTC day) in one. */
import type { IsoDate } from '../../src/domain.js';
import type { Clock } from '../../src/ports.js';
import type { WallClock } from '../../src/schedule/wall-clock.js';

export interface FakeClock extends WallClock, Clock {
  set(instant: Date | string): void;
  advance(ms: number): void;
}

export function createFakeClock(start: Date | string): FakeClock {
  let ms = new Date(start).getTime();
  if (Number.isNaN(ms)) throw new Error(`fake clock: not an instant: ${String(start)}`);
  return {
    now: () => new Date(ms),
    today: () => new Date(ms).toISOString().slice(0, 10) as IsoDate,
    set(instant) {
      ms = new Date(instant).getTime();
    },
    advance(delta) {
      ms += delta;
    },
  };
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
