import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/load-corpus.js';
import type { LeaseKeeper } from '../src/ports.js';
import { ANALYSIS_KEY, createSharedAnalysisCache } from '../src/shared-analysis-cache.js';
import { recordingLogger } from './fakes/recording-logger.js';

/** The two Store members the cache uses, in memory, shared by the "replicas" of one test. */
function memoryStore() {
  const rows = new Map<string, string>();
  const holders = new Map<string, { owner: string; until: number }>();
  let puts = 0;
  const leases: LeaseKeeper = {
    async acquire(name, owner, ttlMs) {
      const held = holders.get(name);
      if (held && held.owner !== owner && held.until > Date.now()) return false;
      holders.set(name, { owner, until: Date.now() + ttlMs });
      return true;
    },
    async release(name, owner) {
      if (holders.get(name)?.owner === owner) holders.delete(name);
    },
  };
  const analysis = {
    get: async (key: string) => rows.get(key) ?? null,
    put: async (key: string, json: string) => {
      puts += 1;
      rows.set(key, json);
    },
  };
  return { analysis, leases, rows, puts: () => puts };
}

const data = mkdtempSync(path.join(tmpdir(), 'summit-shared-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));
for (const [name, day] of [['a.txt', 'Thursday'], ['b.txt', 'Monday']] as const) {
  writeFileSync(path.join(data, name), `date 2024-05-17\nTitle: Talks\n\nVladimir Putin held talks with Xi Jinping in Beijing on ${day}.\n`);
}
const ready = (logger: ReturnType<typeof recordingLogger>) => logger.lines.find((l) => l.msg === 'corpus ready')?.fields;

describe('the shared analysis cache (DATABASE_URL)', () => {
  it('a replica started second is ready from the first one\'s analysis', async () => {
    const store = memoryStore();
    const first = recordingLogger();
    const one = await loadCorpus({ dataDir: data, cache: createSharedAnalysisCache({ ...store, logger: first }), maxBytes: 1 << 20, logger: first });
    expect(ready(first)).toMatchObject({ articles: 2, analysedFromCache: 0 });
    const second = recordingLogger();
    const two = await loadCorpus({ dataDir: data, cache: createSharedAnalysisCache({ ...store, logger: second }), maxBytes: 1 << 20, logger: second });
    expect(ready(second)).toMatchObject({ articles: 2, analysedFromCache: 2 });
    expect(two.events).toEqual(one.events);
    expect(store.puts()).toBe(1);
    expect([...store.rows.keys()]).toEqual([ANALYSIS_KEY]);
  });

  it('replicas starting together analyse once: the others wait for the lease holder\'s row', async () => {
    const store = memoryStore();
    const loggers = [recordingLogger(), recordingLogger(), recordingLogger()];
    await Promise.all(loggers.map((logger) =>
      loadCorpus({ dataDir: data, cache: createSharedAnalysisCache({ ...store, logger, pollMs: 5 }), maxBytes: 1 << 20, logger })));
    const fromCache = loggers.map((l) => ready(l)?.analysedFromCache).sort();
    expect(fromCache).toEqual([0, 2, 2]);
    expect(store.puts()).toBe(1);
  });

  it('a store that does not answer costs only the analysis: the corpus still loads', async () => {
    const logger = recordingLogger();
    const broken = { get: () => Promise.reject(new Error('connection refused')), put: () => Promise.reject(new Error('connection refused')) };
    const corpus = await loadCorpus({ dataDir: data, cache: createSharedAnalysisCache({ analysis: broken, leases: memoryStore().leases, logger }), maxBytes: 1 << 20, logger });
    expect(corpus.articles).toHaveLength(2);
    expect(logger.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual([
      'could not read the shared analysis cache; analysing here',
      'could not save the analysis cache',
    ]);
  });

  it('a lease holder that died is waited for only until its lease runs out', async () => {
    const store = memoryStore();
    await store.leases.acquire('corpus-analysis', 'dead-replica', 60);
    const logger = recordingLogger();
    await loadCorpus({ dataDir: data, cache: createSharedAnalysisCache({ ...store, logger, pollMs: 10 }), maxBytes: 1 << 20, logger });
    expect(ready(logger)).toMatchObject({ analysedFromCache: 0 });
    expect(store.puts()).toBe(1);
  });
});
