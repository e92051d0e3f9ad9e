/**
 * The analysis cache in the store (DATABASE_URL): one row holds the analyses of the current corpus for one pipeline
 * version, so a second replica starts from the first one's work. While one replica analyses a corpus nobody has analysed
 * yet, it holds a lease and the others wait for its row instead of analysing the same articles at the same time.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AnalysisCache } from './corpus-cache.js';
import type { ArticleAnalysis } from './engine/corpus.js';
import type { LeaseKeeper, Logger } from './ports.js';
import type { Store } from './store/store.js';

/** One key, overwritten: a new pipeline version replaces the old row instead of leaving 16 MB per version behind. */
export const ANALYSIS_KEY = 'corpus-analysis';
const LEASE = 'corpus-analysis';

export interface SharedAnalysisCacheOptions {
  readonly analysis: Store['analysis'];
  readonly leases: LeaseKeeper;
  readonly logger: Logger;
  /** How long a replica may analyse before others stop waiting for it (10k articles take ~30 s on 2 cores). */
  readonly leaseMs?: number;
  /** Longest wait for another replica's analysis, and for a store that does not answer, before analysing here. */
  readonly waitMs?: number;
  readonly pollMs?: number;
}

interface Row {
  readonly fingerprint: string;
  readonly analyses: Record<string, ArticleAnalysis>;
}

export function createSharedAnalysisCache(options: SharedAnalysisCacheOptions): AnalysisCache {
  const { analysis, leases, logger, leaseMs = 120_000, waitMs = 90_000, pollMs = 250 } = options;
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  let holding = false;

  const readRow = async (fingerprint: string): Promise<Map<string, ArticleAnalysis> | null> => {
    const json = await analysis.get(ANALYSIS_KEY);
    if (json === null) return null;
    const row = JSON.parse(json) as Partial<Row>;
    return row.fingerprint === fingerprint && row.analyses ? new Map(Object.entries(row.analyses)) : null;
  };

  return {
    async read(fingerprint) {
      const deadline = performance.now() + waitMs;
      try {
        for (;;) {
          const found = await readRow(fingerprint);
          if (found) return found;
          if (await leases.acquire(LEASE, owner, leaseMs)) {
            holding = true;
            return null;
          }
          if (performance.now() > deadline) {
            logger.warn('gave up waiting for another replica to analyse the corpus', { waitedMs: waitMs });
            return null;
          }
          await new Promise((resolve) => setTimeout(resolve, pollMs));
        }
      } catch (error) {
        // A store that cannot be read costs start-up time, not the start itself.
        logger.warn('could not read the shared analysis cache; analysing here', { code: 'store_unavailable', err: error });
        return null;
      }
    },
    async write(fingerprint, analyses) {
      const row: Row = { fingerprint, analyses: Object.fromEntries(analyses) };
      await analysis.put(ANALYSIS_KEY, JSON.stringify(row));
    },
    async done() {
      if (!holding) return;
      holding = false;
      await leases.release(LEASE, owner);
    },
  };
}
