/** createStore picks the store from configuration and returns before touching disk or network. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { silentLogger } from '../../src/ports.js';

describe('createStore', () => {
  it('GIVEN no DATABASE_URL THEN it is the embedded store under <stateDir>/store, not opened until used', async () => {
    const stateDir = mkdtempSync(join(tmpdir(), 'summit-state-'));
    try {
      const store = createStore({ kind: 'embedded', dir: stateDir }, silentLogger);
      expect(store.kind).toBe('embedded');
      expect(existsSync(join(stateDir, 'store'))).toBe(false);
      expect(existsSync(join(stateDir, 'store.lock'))).toBe(false);
      await store.close();
      expect(existsSync(join(stateDir, 'store'))).toBe(false);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('GIVEN a DATABASE_URL THEN it is the PostgreSQL store: store_unavailable while no server answers, and once closed', async () => {
    // Port 9 (discard) on loopback: nothing listens, so any connection attempt would fail the ping below.
    const store = createStore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:9/none' }, silentLogger);
    expect(store.kind).toBe('postgres');
    await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable' });
    await store.close();
    await expect(store.ping()).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('closed') });
  });
});
