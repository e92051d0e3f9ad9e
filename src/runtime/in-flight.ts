/** Counts work in progress so shutdown can wait for in-flight answers instead of cutting them off. */

export interface InFlight {
  /** Runs `work`, counted until it settles. */
  track<T>(work: () => Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves once nothing is in flight (at once when idle). */
  drained(): Promise<void>;
}

export function createInFlight(): InFlight {
  let size = 0;
  let waiters: Array<() => void> = [];
  const settle = (): void => {
    size -= 1;
    if (size === 0) {
      for (const wake of waiters) wake();
      waiters = [];
    }
  };
  return {
    get size() {
      return size;
    },
    async track(work) {
      size += 1;
      try {
        return await work();
      } finally {
        settle();
      }
    },
    drained() {
      return size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
