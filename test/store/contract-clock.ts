/** The clock a contract suite drives: the store reads it for dedupe and leases, ledger calls pass it explicitly. */
export interface ContractClock {
  readonly now: () => Date;
  set(iso: string): Date;
  advance(ms: number): Date;
}

export function createContractClock(start = '2026-05-08T09:00:00.000Z'): ContractClock {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso) {
      current = new Date(iso);
      return current;
    },
    advance(ms) {
      current = new Date(current.getTime() + ms);
      return current;
    },
  };
}

let counter = 0;
/** Ids unique within a run, so tests sharing one store never see each other's rows. */
export const uniqueId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(counter += 1)}`;
