/**
 * Ingest throughput on a generated corpus: 10,000 articles (seeded, so every run sees the same text) in the
 * layouts ingest must recognise: metadata header block, bare date line with byline, datelines, HTML page, Markdown,
 * page furniture, a twice-scraped body, a wire byline with inline Markdown links and a BOM. Times parseArticle alone, then readArticleFiles over a temp folder.
 * Run standalone: node --import tsx scripts/bench/ingest-bench.ts [count]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticle } from '../../src/ingest/parse-article.js';
import { readArticleFiles } from '../../src/ingest/read-files.js';
import { createRandom } from './seeded-random.js';

const DEFAULT_COUNT = 10_000;


const SUBJECTS = ['The minister', 'Mr. Haller', 'The delegation', 'Dr. Ruiz', 'Officials in the U.S.', 'The two leaders', 'Port workers', 'The committee'];
const VERBS = ['met', 'spoke with', 'criticised', 'welcomed', 'signed a deal with', 'called', 'visited', 'praised'];
const OBJECTS = ['the trade envoy', 'their counterparts', 'the regional council', 'a visiting delegation', 'the union leaders', 'the press'];
const TAILS = [
  'on Monday', 'on Dec. 6, 2021', 'last week', 'in 2019', 'after talks that lasted 3.5 hours', 'on 12 May 2023',
  'before the summit', 'according to No. 10', 'despite "serious concerns" raised earlier',
];
const MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const FURNITURE = ['Share', '0 Comments', 'Subscribe', 'Article Rating', 'Download the Daily Lantern app for more news!', 'feature image', 'Home | World | Business | Sport'];

function generateArticle(random: () => number, n: number): { file: string; text: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const sentence = (): string => `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}.`;
  const paragraph = (): string => {
    const count = 2 + Math.floor(random() * 4);
    // Some scrapes lose the space after a full stop.
    return Array.from({ length: count }, sentence).join(random() < 0.1 ? '' : ' ');
  };
  const paragraphs = Array.from({ length: 12 + Math.floor(random() * 20) }, paragraph);
  const year = 2015 + Math.floor(random() * 10);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const layout = n % 8;
  const id = String(n).padStart(5, '0');
  switch (layout) {
    case 0:
      return { file: `${id}.txt`, text: `Published Time: ${iso}\nTitle: Story number ${n}\nAuthor: Ada Berg\nText: \n${paragraphs.join('\n')}\n` };
    case 1:
      return { file: `${id}.txt`, text: ` date ${iso} By XNA\n\nOSLO: ${paragraphs.join('\n\n')}\n` };
    case 2:
      return { file: `${id}.txt`, text: `${pick(MONTHS)} ${day}, ${year}: ${paragraphs.join('\n')}\n${pick(FURNITURE)}\n` };
    case 3: {
      const body = paragraphs.map((p) => `<p>${p.replace('&', '&amp;')}</p>`).join('\n');
      return {
        file: `${id}.html`,
        text: `<!doctype html><html><head><title>Story ${n} | Coast Post</title><meta property="og:site_name" content="Coast Post"><meta property="article:published_time" content="${iso}T08:00:00Z"></head><body><nav><a href="/">Home</a></nav><article><h1>Story ${n}</h1><div class="share">Share</div>${body}</article><footer>© Coast Post</footer></body></html>`,
      };
    }
    case 4:
      return { file: `${id}.md`, text: `# Story ${n}\n\n**By Ana Lopez**\n\n![photo](x.jpg)\n\n${paragraphs.join('\n\n')}\n` };
    case 5: {
      const body = paragraphs.join('\n');
      return { file: `${id}.txt`, text: `Title: Repeated story ${n}\nText: \n${body}\n${body}\n` };
    }
    case 6:
      return { file: `${id}.txt`, text: `feature image\n\nHeadline For Story ${n}\n\nMOSCOW (AP) — ${paragraphs.join('\n\n')}\n\n${FURNITURE.join('\n')}\n` };
    default: {
      // Wire byline with outlet and date, a title-case dateline, inline Markdown links and a credit line.
      const linked = paragraphs.map((p, k) => (k % 3 === 0 ? p.replace(/^(\S+ \S+)/, `[$1](https://example.org/${year}/${month}/${day}/story.${k})`) : p));
      return {
        file: `${id}.md`,
        text: `\ufeffHeadline For Story ${n}\n\nBy Ada Berg | Harbour Wire | ${iso}\n\nOslo, ${pick(MONTHS)} ${day} (Reuters) - ${linked.join('\n\n')}\n\n(Reporting by Ada Berg; Editing by Tom Haller)\n`,
      };
    }
  }
}

export function generateCorpus(count: number, seed = 20240521): { file: string; text: string }[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, n) => generateArticle(random, n));
}

const mb = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

export async function benchIngest(count = DEFAULT_COUNT): Promise<Record<string, number | string>> {
  const corpus = generateCorpus(count);
  const bytes = corpus.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  let peakHeap = process.memoryUsage().heapUsed;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };

  let sentences = 0;
  let failures = 0;
  const parseStart = performance.now();
  for (let k = 0; k < corpus.length; k++) {
    const item = corpus[k];
    if (item === undefined) continue;
    const result = parseArticle(item.file, item.text);
    if (result.ok) sentences += result.value.sentences.length;
    else failures++;
    if (k % 500 === 0) sampleHeap();
  }
  const parseMs = performance.now() - parseStart;

  const dir = await mkdtemp(path.join(os.tmpdir(), 'summit-ingest-bench-'));
  let readMs = 0;
  let readArticles = 0;
  try {
    await Promise.all(corpus.map((a) => writeFile(path.join(dir, a.file), a.text)));
    const readStart = performance.now();
    const result = await readArticleFiles([dir], { onProgress: (done) => done % 500 === 0 && sampleHeap() });
    readMs = performance.now() - readStart;
    readArticles = result.articles.length;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  sampleHeap();

  return {
    'ingest.articles': count,
    'ingest.corpusMB': mb(bytes),
    'ingest.avgKB': Math.round(bytes / count / 102.4) / 10,
    'ingest.parseMs': Math.round(parseMs),
    'ingest.parseArticlesPerSec': Math.round(count / (parseMs / 1000)),
    'ingest.parseMBPerSec': Math.round((mb(bytes) / (parseMs / 1000)) * 10) / 10,
    'ingest.sentences': sentences,
    'ingest.parseFailures': failures,
    'ingest.readFilesMs': Math.round(readMs),
    'ingest.readFilesArticlesPerSec': Math.round(readArticles / (readMs / 1000)),
    'ingest.readFilesArticles': readArticles,
    'ingest.peakRssMB': mb(process.resourceUsage().maxRSS * 1024),
    'ingest.peakHeapMB': mb(peakHeap),
  };
}

function printTable(results: Record<string, number | string>): void {
  const width = Math.max(...Object.keys(results).map((k) => k.length));
  for (const [key, value] of Object.entries(results)) process.stdout.write(`${key.padEnd(width)}  ${String(value)}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? DEFAULT_COUNT);
  printTable(await benchIngest(Number.isFinite(count) && count > 0 ? count : DEFAULT_COUNT));
}
