/** The engine's test corpus: the handwritten articles in test/fixtures/corpus, through the real ingest, tagger and event pipeline. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus, type Corpus } from '../../src/engine/corpus.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';

export const fixtureCorpusDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'corpus');

let cached: Promise<Corpus> | undefined;
export function loadFixtureCorpus(): Promise<Corpus> {
  cached ??= readArticleFiles([fixtureCorpusDir]).then(({ articles, errors }) => {
    if (errors.length > 0) throw new Error(`fixture corpus has unreadable files: ${errors.map((e) => e.file).join(', ')}`);
    return buildCorpus(articles);
  });
  return cached;
}
