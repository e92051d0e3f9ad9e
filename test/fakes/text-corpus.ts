/** A corpus from invented article texts (file name → text), through the real ingest, tagger and event pipeline. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCorpus, type Corpus } from '../../src/engine/corpus.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';

export async function corpusOfTexts(texts: Readonly<Record<string, string>>): Promise<Corpus> {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-texts-'));
  try {
    for (const [file, text] of Object.entries(texts)) writeFileSync(path.join(dir, file), text);
    const { articles, errors } = await readArticleFiles([dir]);
    if (errors.length > 0) throw new Error(`unreadable test texts: ${errors.map((e) => e.file).join(', ')}`);
    return buildCorpus(articles);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
