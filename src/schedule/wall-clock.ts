/** The instant "now" for the scheduler and digest commands; injected so tests step time instead of waiting for it. */
export interface WallClock {
  now(): Date;
}

export const systemWallClock: WallClock = { now: () => new Date() };
