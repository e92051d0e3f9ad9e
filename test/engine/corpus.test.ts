import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/engine/corpus.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';

const visit = 'date 2024-05-17\nTitle: Putin in Beijing\n\nRussian President Vladimir Putin held talks with Chinese President Xi Jinping in Beijing on Thursday.\n';
const call = 'date 2024-07-08\nTitle: A phone call\n\nXi Jinping and Vladimir Putin held a phone call on Monday, the Kremlin said.\n';

async function corpusOf(dir: string) {
  const { articles } = await readArticleFiles([dir]);
  return buildCorpus(articles);
}

describe('re-reading the article folder', () => {
  it('gives the same ids for unchanged files, replaces a changed file and drops a removed one with its events', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-corpus-'));
    try {
      writeFileSync(path.join(dir, 'visit.txt'), visit);
      writeFileSync(path.join(dir, 'call.txt'), call);
      const first = await corpusOf(dir);
      expect(first.events.map((e) => e.date).sort()).toEqual(['2024-05-16', '2024-07-08']);

      const again = await corpusOf(dir);
      expect(again.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
      expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));

      writeFileSync(path.join(dir, 'visit.txt'), visit.replace('on Thursday', 'on Wednesday'));
      rmSync(path.join(dir, 'call.txt'));
      const changed = await corpusOf(dir);
      expect(changed.articles).toHaveLength(1);
      expect(changed.articles[0]?.id).not.toBe(first.articles.find((a) => a.file === 'visit.txt')?.id);
      expect(changed.events.map((e) => e.date)).toEqual(['2024-05-15']);
      expect(changed.findEvent(first.events.find((e) => e.date === '2024-07-08')!.id)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

