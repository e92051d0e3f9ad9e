/** In-memory EventDeduper and InstallationVault for the Slack tests (the store provides the durable ones). */
import type { EventDeduper, InstallationVault } from '../../../src/ports.js';

export function memoryDeduper(): EventDeduper & { readonly seen: Set<string> } {
  const seen = new Set<string>();
  return {
    seen,
    async firstSeen(key) {
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  };
}

export function memoryVault(): InstallationVault & { readonly records: Map<string, string> } {
  const records = new Map<string, string>();
  return {
    records,
    save: async (key, json) => void records.set(key, json),
    find: async (key) => records.get(key) ?? null,
    remove: async (key) => void records.delete(key),
  };
}
