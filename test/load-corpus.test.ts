import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pipelineFingerprint, readAnalysisCache } from '../src/corpus-cache.js';
import { loadCorpus } from '../src/load-corpus.js';
import { recordingLogger } from './fakes/recording-logger.js';

const article = (day: string): string => `date 2024-05-17\nTitle: Talks\n\nVladimir Putin held talks with Xi Jinping in Beijing on ${day}.\n`;
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'summit-load-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const readyLine = (logger: ReturnType<typeof recordingLogger>) => logger.lines.find((l) => l.msg === 'corpus ready')?.fields;

describe('loadCorpus with the analysis cache', () => {
  it('analyses each unchanged file once, re-analyses a changed one, and gives the same events either way', async () => {
    const data = tempDir();
    const state = tempDir();
    writeFileSync(path.join(data, 'a.txt'), article('Thursday'));
    writeFileSync(path.join(data, 'b.txt'), article('Wednesday').replace('Beijing', 'Moscow'));

    const first = recordingLogger();
    const cold = await loadCorpus({ dataDir: data, stateDir: state, maxBytes: 1 << 20, logger: first });
    expect(readyLine(first)).toMatchObject({ articles: 2, analysedFromCache: 0 });

    const second = recordingLogger();
    const warm = await loadCorpus({ dataDir: data, stateDir: state, maxBytes: 1 << 20, logger: second });
    expect(readyLine(second)).toMatchObject({ articles: 2, analysedFromCache: 2 });
    expect(warm.events).toEqual(cold.events);

    writeFileSync(path.join(data, 'a.txt'), article('Monday'));
    const third = recordingLogger();
    const changed = await loadCorpus({ dataDir: data, stateDir: state, maxBytes: 1 << 20, logger: third });
    expect(readyLine(third)).toMatchObject({ analysedFromCache: 1 });
    expect(changed.events.map((e) => e.date).sort()).toEqual(['2024-05-13', '2024-05-15']);
    const cache = await readAnalysisCache(state, await pipelineFingerprint());
    expect(cache?.size).toBe(2);
  });

  it('ignores a corrupt or foreign cache and rebuilds it', async () => {
    const data = tempDir();
    const state = tempDir();
    writeFileSync(path.join(data, 'a.txt'), article('Thursday'));
    writeFileSync(path.join(state, 'analysis-cache.json'), '{ not json');
    const logger = recordingLogger();
    const corpus = await loadCorpus({ dataDir: data, stateDir: state, maxBytes: 1 << 20, logger });
    expect(corpus.events).toHaveLength(1);
    expect(await readAnalysisCache(state, 'another-code-version')).toBeNull();
    expect((await readAnalysisCache(state, await pipelineFingerprint()))?.size).toBe(1);
  });

  it('keeps working when the state folder cannot be written, and says so', async () => {
    const data = tempDir();
    writeFileSync(path.join(data, 'a.txt'), article('Thursday'));
    const blocker = path.join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const logger = recordingLogger();
    const corpus = await loadCorpus({ dataDir: data, stateDir: path.join(blocker, 'state'), maxBytes: 1 << 20, logger });
    expect(corpus.events).toHaveLength(1);
    expect(logger.lines.some((l) => l.level === 'warn' && l.msg === 'could not save the analysis cache')).toBe(true);
  });
});
