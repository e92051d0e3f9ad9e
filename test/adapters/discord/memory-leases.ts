/** An in-memory LeaseKeeper with the store's semantics (free, expired or ours → granted), and a switch to cut it off. */
import type { LeaseKeeper } from '../../../src/ports.js';

export function memoryLeases(): LeaseKeeper & { cutOff(owner: string): void; holder(name: string): string | null } {
  const leases = new Map<string, { owner: string; until: number }>();
  const cut = new Set<string>();
  return {
    async acquire(name, owner, ttlMs) {
      if (cut.has(owner)) throw new Error('store unreachable');
      const now = Date.now();
      const current = leases.get(name);
      if (current && current.owner !== owner && current.until > now) return false;
      leases.set(name, { owner, until: now + ttlMs });
      return true;
    },
    async release(name, owner) {
      if (cut.has(owner)) throw new Error('store unreachable');
      if (leases.get(name)?.owner === owner) leases.delete(name);
    },
    cutOff: (owner) => cut.add(owner),
    holder: (name) => {
      const current = leases.get(name);
      return current && current.until > Date.now() ? current.owner : null;
    },
  };
}
