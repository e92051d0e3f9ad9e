/** A corpus from invented article texts (file name → text), through the real ingest, tagger and event pipeline. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll } from 'vitest';
import type { AskData } from '../../src/answer/answer.js';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
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

/** The "today" of the engine tests: after every invented article, so no date in them is in the future. */
export const ENGINE_TEST_TODAY = '2026-11-22' as IsoDate;

export interface AskingCorpus {
  /** The corpus, built once before the file's tests run. */
  readonly corpus: () => Corpus;
  /** `ask` over it; a non-`ask` answer (an error, a problem) fails the test with its headline. */
  readonly askData: (question: string) => AskData;
}

/** A corpus of invented texts for a test file's questions: built in beforeAll, asked as of ENGINE_TEST_TODAY. */
export function askingCorpus(texts: Readonly<Record<string, string>>): AskingCorpus {
  let built: Corpus | null = null;
  beforeAll(async () => {
    built = await corpusOfTexts(texts);
  });
  const corpus = (): Corpus => {
    if (!built) throw new Error('askingCorpus: the corpus is built in beforeAll; use it inside a test');
    return built;
  };
  return {
    corpus,
    askData(question) {
      const answer = ask(corpus(), question, { today: ENGINE_TEST_TODAY });
      if (answer.kind !== 'ask') throw new Error(`expected an ask answer, got ${answer.kind}: ${answer.headline}`);
      return answer.data;
    },
  };
}
