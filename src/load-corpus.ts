/** Start-up I/O: read the article folder, report bad files, build the Corpus. */
import type { Corpus } from './engine/corpus.js';
import { buildCorpus } from './engine/corpus.js';
import { readArticleFiles } from './ingest/read-files.js';
import type { Logger } from './ports.js';

export interface LoadCorpusOptions {
  readonly dataDir: string;
  readonly maxBytes: number;
  readonly logger: Logger;
}

export async function loadCorpus({ dataDir, maxBytes, logger }: LoadCorpusOptions): Promise<Corpus> {
  const started = performance.now();
  const { articles, errors } = await readArticleFiles([dataDir], { maxBytes });
  for (const error of errors) logger.warn('skipped article file', { code: 'ingest_bad_file', file: error.file, reason: error.message });
  const corpus = buildCorpus(articles);
  for (const problem of corpus.problems) logger.error('article only partly read', { code: 'internal', file: problem.file, reason: problem.message });
  logger.info('corpus ready', {
    dataDir,
    articles: articles.length,
    skipped: errors.length,
    events: corpus.events.length,
    ms: Math.round(performance.now() - started),
    // Since the process started (Node's time origin): what a restart costs before the bot can answer.
    sinceStartMs: Math.round(performance.now()),
  });
  if (articles.length === 0) logger.warn(`no articles found in ${dataDir}: add .txt, .md or .html files there, or set SUMMIT_DATA_DIR`);
  return corpus;
}
