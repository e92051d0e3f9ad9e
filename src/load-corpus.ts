/** Start-up I/O: read the article folder, report bad files, build the Corpus. */
import { createFileAnalysisCache, pipelineFingerprint, type AnalysisCache } from './corpus-cache.js';
import type { Corpus } from './engine/corpus.js';
import { buildCorpus } from './engine/corpus.js';
import { readArticleFiles } from './ingest/read-files.js';
import type { Logger } from './ports.js';

export interface LoadCorpusOptions {
  readonly dataDir: string;
  /** Where the analysis cache lives; without it every article is analysed at every start. */
  readonly stateDir?: string;
  /** Overrides `stateDir`: the shared cache in the store, so replicas analyse a corpus once. */
  readonly cache?: AnalysisCache;
  readonly maxBytes: number;
  readonly logger: Logger;
}

export async function loadCorpus({ dataDir, stateDir, cache: given, maxBytes, logger }: LoadCorpusOptions): Promise<Corpus> {
  const started = performance.now();
  const cache = given ?? (stateDir ? createFileAnalysisCache(stateDir) : null);
  const fingerprint = cache ? await pipelineFingerprint() : '';
  const [{ articles, errors }, cached] = await Promise.all([
    readArticleFiles([dataDir], { maxBytes }),
    cache ? cache.read(fingerprint) : Promise.resolve(null),
  ]);
  for (const error of errors) logger.warn('skipped article file', { code: 'ingest_bad_file', file: error.file, reason: error.message });
  const corpus = buildCorpus(articles, cached ?? new Map());
  const reused = cached ? articles.filter((a) => cached.has(a.id)).length : 0;
  const changed = reused !== articles.length || (cached?.size ?? 0) !== corpus.analyses.size;
  if (cache && changed) {
    // A cache that cannot be written costs only speed at the next start.
    await cache.write(fingerprint, corpus.analyses).catch((error: unknown) =>
      logger.warn('could not save the analysis cache', { code: 'store_unavailable', ...(stateDir ? { stateDir } : {}), err: error }));
  }
  await cache?.done?.().catch(() => undefined);
  for (const problem of corpus.problems) logger.error('article only partly read', { code: 'internal', file: problem.file, reason: problem.message });
  logger.info('corpus ready', {
    dataDir,
    articles: articles.length,
    skipped: errors.length,
    events: corpus.events.length,
    analysedFromCache: reused,
    ms: Math.round(performance.now() - started),
    // Since the process started (Node's time origin): what a restart costs before the bot can answer.
    sinceStartMs: Math.round(performance.now()),
  });
  if (articles.length === 0) logger.warn(`no articles found in ${dataDir}: add .txt, .md or .html files there, or set SUMMIT_DATA_DIR`);
  return corpus;
}
