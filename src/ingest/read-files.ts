/**
 * The I/O edge of ingest: folders and files → parsed articles plus one error per bad file. Never throws for a
 * single bad file. Folders are walked recursively (.txt, .md, .html, .htm; sorted by path so runs are
 * deterministic); a symlink that resolves outside the folder it was found in is refused. Each file is read with a
 * byte cap (stat, then a bounded read), so a huge file costs nothing; NUL bytes in the first 8 KiB mean binary;
 * text must be valid UTF-8. A leading BOM is kept, as `readFileSync(path, 'utf8')` keeps it, so sentence offsets
 * index the very string any other reader of the file gets (DESIGN.md: offsets into the file's text as Node reads it).
 */
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../domain.js';
import { ingestError } from './ingest-error.js';
import type { IngestError } from './ingest-error.js';
import { parseArticle } from './parse-article.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const SNIFF_BYTES = 8 * 1024;
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);
// Enough parallel reads to hide disk latency without opening thousands of handles at once.
const READ_CONCURRENCY = 16;

export interface ReadOptions {
  /** Files larger than this are refused (default 5 MiB). */
  readonly maxBytes?: number;
  /** Called after each file, parsed or refused. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReadResult {
  readonly articles: Article[];
  readonly errors: IngestError[];
  /** Files in the folders that are not article files (other extensions, hidden files). */
  readonly skipped: number;
}

interface Candidate {
  /** The path to show the user. */
  readonly shown: string;
  readonly real: string;
}

const isArticleFile = (name: string): boolean => ARTICLE_EXTENSIONS.has(path.extname(name).toLowerCase());
const within = (root: string, target: string): boolean => target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
const describe = (cause: unknown): string => (cause instanceof Error && 'code' in cause ? String(cause.code) : cause instanceof Error ? cause.message : String(cause));

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

async function walk(root: string, dir: string, shownDir: string, out: Candidate[], errors: IngestError[], seen: Set<string>): Promise<number> {
  let skipped = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    errors.push(ingestError('unreadable', shownDir, `cannot list folder (${describe(cause)})`));
    return 0;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const shown = path.join(shownDir, entry.name);
    if (entry.name.startsWith('.')) {
      skipped++;
      continue;
    }
    let real = full;
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        real = await realpath(full);
        isDir = (await stat(real)).isDirectory();
      } catch (cause) {
        if (isArticleFile(entry.name)) errors.push(ingestError('unreadable', shown, `broken link (${describe(cause)})`));
        else skipped++;
        continue;
      }
      if (!within(root, real)) {
        if (isDir || isArticleFile(entry.name)) errors.push(ingestError('outside-root', shown, `link points outside ${root}; not followed`));
        else skipped++;
        continue;
      }
    }
    if (isDir) {
      // A link back into an already walked folder would loop forever.
      if (seen.has(real)) continue;
      seen.add(real);
      skipped += await walk(root, real, shown, out, errors, seen);
    } else if (isArticleFile(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      out.push({ shown, real });
    } else {
      skipped++;
    }
  }
  return skipped;
}

async function readOne(candidate: Candidate, maxBytes: number): Promise<{ ok: true; text: string } | { ok: false; error: IngestError }> {
  const fail = (code: IngestError['code'], message: string) => ({ ok: false as const, error: ingestError(code, candidate.shown, message) });
  let handle;
  try {
    handle = await open(candidate.real, 'r');
  } catch (cause) {
    return fail('unreadable', `cannot open file (${describe(cause)})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return fail('unreadable', 'not a regular file');
    if (info.size > maxBytes) return fail('too-large', `file is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit`);
    // Read at most maxBytes + 1: a file that grew since stat is still caught, and never read whole.
    const buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > maxBytes) return fail('too-large', `file is over the ${formatBytes(maxBytes)} limit`);
    const bytes = buffer.subarray(0, filled);
    if (bytes.length === 0) return fail('empty', 'file is empty');
    if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return fail('binary', 'looks binary (NUL bytes), not an article');
    try {
      // ignoreBOM: true keeps U+FEFF in the text, as Buffer#toString and readFileSync do; offsets count it.
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      return fail('bad-encoding', 'not valid UTF-8 text (save it as UTF-8)');
    }
  } catch (cause) {
    return fail('unreadable', `cannot read file (${describe(cause)})`);
  } finally {
    await handle.close().catch(() => undefined); // closing a read-only handle cannot lose data
  }
}

export async function readArticleFiles(paths: readonly string[], options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const errors: IngestError[] = [];
  const candidates: Candidate[] = [];
  let skipped = 0;

  for (const given of paths) {
    let real: string;
    let isDir: boolean;
    try {
      real = await realpath(given);
      isDir = (await stat(real)).isDirectory();
    } catch (cause) {
      const code = describe(cause) === 'ENOENT' ? 'not-found' : 'unreadable';
      errors.push(ingestError(code, given, code === 'not-found' ? 'no such file or folder' : `cannot read (${describe(cause)})`));
      continue;
    }
    if (isDir) {
      skipped += await walk(real, real, given, candidates, errors, new Set([real]));
    } else if (isArticleFile(given)) {
      candidates.push({ shown: given, real });
    } else {
      errors.push(ingestError('unsupported-type', given, 'not an article file (expected .txt, .md, .html or .htm)'));
    }
  }

  // The same file named twice (directly and through its folder) is read once.
  const unique = [...new Map(candidates.map((c) => [c.real, c])).values()];
  const results: (Article | IngestError)[] = new Array(unique.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < unique.length) {
      const k = next++;
      const candidate = unique[k];
      if (candidate === undefined) continue;
      const read = await readOne(candidate, maxBytes);
      if (!read.ok) {
        results[k] = read.error;
      } else {
        const parsed = parseArticle(path.basename(candidate.shown), read.text);
        results[k] = parsed.ok ? parsed.value : { ...parsed.error, file: candidate.shown };
      }
      done++;
      options.onProgress?.(done, unique.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, unique.length) }, worker));

  const articles: Article[] = [];
  for (const r of results) {
    if ('code' in r) errors.push(r);
    else articles.push(r);
  }
  return { articles, errors, skipped };
}
