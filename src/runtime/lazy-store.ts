/**
 * A Store that opens on first use. The console's first prompt and /healthz must not wait for PGlite's start or a
 * PostgreSQL connect; a failed open is retried at the next call, so a database that comes up late is picked up.
 */
import type { Store } from '../store/store.js';

export interface LazyStore extends Store {
  /** True once an open has succeeded (close is then needed). */
  readonly opened: boolean;
}

export function createLazyStore(kind: Store['kind'], open: () => Promise<Store>): LazyStore {
  let opening: Promise<Store> | null = null;
  let store: Store | null = null;
  let closed = false;
  const get = (): Promise<Store> => {
    if (closed) return Promise.reject(new Error('the store is closed (shutting down)'));
    opening ??= open().then(
      (s) => (store = s),
      (error: unknown) => {
        opening = null;
        throw error;
      },
    );
    return opening;
  };
  // Each namespace forwards its calls once the store is open; the namespaces hold only methods.
  const forward = <K extends 'subscriptions' | 'ledger' | 'events' | 'installations' | 'leases' | 'analysis'>(name: K): Store[K] =>
    new Proxy({} as Store[K], {
      // `then` stays undefined so a namespace is never mistaken for a promise.
      get: (_target, method) => method === 'then' ? undefined : (...args: unknown[]) =>
        get().then((s) => (s[name] as unknown as Record<PropertyKey, (...a: unknown[]) => unknown>)[method]!(...args)),
    });
  return {
    kind,
    get opened() {
      return store !== null;
    },
    ping: () => get().then((s) => s.ping()),
    async close() {
      closed = true;
      // An open in progress finishes first, so its connection is closed rather than leaked.
      const pending = opening;
      if (!pending) return;
      const s = await pending.catch(() => null);
      if (s) await s.close();
    },
    subscriptions: forward('subscriptions'),
    ledger: forward('ledger'),
    events: forward('events'),
    installations: forward('installations'),
    leases: forward('leases'),
    analysis: forward('analysis'),
  };
}
