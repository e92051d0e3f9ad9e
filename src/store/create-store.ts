/** Picks the store from configuration: PostgreSQL when DATABASE_URL is set, else the embedded one under the state folder. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StoreConfig } from '../config.js';
import type { Logger } from '../ports.js';
import { createEmbeddedStore } from './embedded-store.js';
import { createPostgresStore } from './postgres-store.js';
import type { Store } from './store.js';

/** Returns at once: neither store connects before its first call (ping() is a good first call for /readyz). */
export function createStore(config: StoreConfig, logger: Logger): Store {
  switch (config.kind) {
    case 'postgres':
      return createPostgresStore({ url: config.url, logger });
    case 'embedded':
      return createEmbeddedStore({ dir: join(config.dir, 'store'), logger });
    default:
      return assertNever(config);
  }
}

/** Whether the store may already hold state (subscriptions), known without opening it: PostgreSQL always may. */
export function storeMayHoldState(config: StoreConfig): boolean {
  return config.kind === 'postgres' || existsSync(join(config.dir, 'store'));
}

function assertNever(value: never): never {
  throw new TypeError(`unknown store kind: ${JSON.stringify(value)}`);
}
