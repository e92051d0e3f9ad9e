/**
 * The analysis cache: per-article timexes and event mentions kept under the state folder, keyed by article id (a hash of
 * file name and content) and by a fingerprint of the code that produced them. An unchanged file is never analysed twice;
 * a changed file gets a new id and is analysed afresh; a removed file's entry is dropped at the next save.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleAnalysis } from './engine/corpus.js';

const CACHE_FILE = 'analysis-cache.json';
/** The folders whose code decides an analysis: a change to any of them invalidates the whole cache. */
const PIPELINE_DIRS = ['ingest', 'time', 'events'] as const;

/** Where analyses are kept between starts: a file under the state folder, or the shared store (src/shared-analysis-cache.ts). */
export interface AnalysisCache {
  /** Null when there is nothing usable for this pipeline version: the caller analyses everything. */
  read(fingerprint: string): Promise<Map<string, ArticleAnalysis> | null>;
  write(fingerprint: string, analyses: ReadonlyMap<string, ArticleAnalysis>): Promise<void>;
  /** Called once analysis is over whether or not `write` ran (the shared cache lets waiting replicas go). */
  done?(): Promise<void>;
}

export function createFileAnalysisCache(stateDir: string): AnalysisCache {
  return {
    read: (fingerprint) => readAnalysisCache(stateDir, fingerprint),
    write: (fingerprint, analyses) => writeAnalysisCache(stateDir, fingerprint, analyses),
  };
}

interface CacheFile {
  readonly fingerprint: string;
  readonly analyses: Record<string, ArticleAnalysis>;
}

/** A hash of the pipeline's own module files, wherever this module runs from (src/ under tsx, dist/src/ when built). */
export async function pipelineFingerprint(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const dir of PIPELINE_DIRS) {
    const folder = path.join(here, dir);
    const names = (await readdir(folder)).filter((n) => /\.(?:ts|js)$/.test(n)).sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(folder, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Null when there is no usable cache (none yet, another code version, unreadable): the caller analyses everything. */
export async function readAnalysisCache(stateDir: string, fingerprint: string): Promise<Map<string, ArticleAnalysis> | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(stateDir, CACHE_FILE), 'utf8')) as Partial<CacheFile>;
    if (parsed.fingerprint !== fingerprint || typeof parsed.analyses !== 'object' || parsed.analyses === null) return null;
    return new Map(Object.entries(parsed.analyses));
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename), so a crash mid-write leaves the previous cache, never half a file. */
export async function writeAnalysisCache(stateDir: string, fingerprint: string, analyses: ReadonlyMap<string, ArticleAnalysis>): Promise<void> {
  await mkdir(stateDir, { recursive: true });
  const target = path.join(stateDir, CACHE_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  const body: CacheFile = { fingerprint, analyses: Object.fromEntries(analyses) };
  await writeFile(temp, JSON.stringify(body));
  await rename(temp, target);
}
