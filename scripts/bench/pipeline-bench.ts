/**
 * Whole-ingest throughput: parse + temporal tagging + event extraction (+ the cross-article merge) over the same generated
 * 10,000-article corpus as the ingest bench. Target: at least 300 articles/s on the 2-core machine.
 */
import { pathToFileURL } from 'node:url';
import type { Article } from '../../src/domain.js';
import { extractEvents, type EventMention } from '../../src/events/extract-events.js';
import { mergeEvents } from '../../src/events/merge-events.js';
import { parseArticle } from '../../src/ingest/parse-article.js';
import { tagArticle } from '../../src/time/tag-article.js';
import { generateCorpus } from './ingest-bench.js';

export interface PipelineReport {
  readonly articles: number;
  readonly sentences: number;
  readonly timexes: number;
  readonly events: number;
  readonly parseMs: number;
  readonly tagMs: number;
  readonly extractMs: number;
  readonly mergeMs: number;
  readonly articlesPerSecond: number;
  readonly peakRssMb: number;
}

export function benchPipeline(count = 10_000): PipelineReport {
  const files = generateCorpus(count);
  let peakRss = process.memoryUsage().rss;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  let parseMs = 0;
  let tagMs = 0;
  let extractMs = 0;
  let sentences = 0;
  let timexes = 0;
  const mentions: EventMention[] = [];
  for (const [i, file] of files.entries()) {
    let t = performance.now();
    const parsed = parseArticle(file.file, file.text);
    parseMs += performance.now() - t;
    if (!parsed.ok) continue;
    const article: Article = parsed.value;
    sentences += article.sentences.length;
    t = performance.now();
    const tagged = tagArticle(article);
    tagMs += performance.now() - t;
    timexes += tagged.length;
    t = performance.now();
    mentions.push(...extractEvents(article, tagged));
    extractMs += performance.now() - t;
    if (i % 500 === 0) sample();
  }
  const t = performance.now();
  const events = mergeEvents(mentions);
  const mergeMs = performance.now() - t;
  sample();
  const totalMs = parseMs + tagMs + extractMs + mergeMs;
  return {
    articles: files.length,
    sentences,
    timexes,
    events: events.length,
    parseMs: Math.round(parseMs),
    tagMs: Math.round(tagMs),
    extractMs: Math.round(extractMs),
    mergeMs: Math.round(mergeMs),
    articlesPerSecond: Math.round((files.length / totalMs) * 1000),
    peakRssMb: Math.round(peakRss / 2 ** 20),
  };
}

export function formatPipeline(r: PipelineReport): string {
  return [
    `| articles | sentences | timexes | events | parse ms | tag ms | extract ms | merge ms | articles/s (all steps) | peak RSS MB |`,
    `|---|---|---|---|---|---|---|---|---|---|`,
    `| ${r.articles} | ${r.sentences} | ${r.timexes} | ${r.events} | ${r.parseMs} | ${r.tagMs} | ${r.extractMs} | ${r.mergeMs} | **${r.articlesPerSecond}** | ${r.peakRssMb} |`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatPipeline(benchPipeline(Number(process.argv[2] ?? 10_000))));
}
