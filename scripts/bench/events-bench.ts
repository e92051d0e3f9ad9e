/** Throughput of ingest → tag → extract → merge over synthetic 3–10 KB articles: prints articles per second. */
import { parseArticle } from '../../src/ingest/parse-article.js';
import { tagArticle } from '../../src/time/tag-article.js';
import { extractEvents } from '../../src/events/extract-events.js';
import type { EventMention } from '../../src/events/extract-events.js';
import { mergeEvents } from '../../src/events/merge-events.js';

const SENTENCES = [
  'Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Moscow on Monday, the Kremlin said.',
  'Foreign Minister Arvid Lund told reporters on Tuesday that the agreement would be signed next month.',
  'The two leaders have met dozens of times since 2013, according to state media.',
  'Putin is expected to visit China next year, aide Marta Kell said.',
  'Trade between the two countries grew by a third in 2022, customs data showed.',
  'Kim Dahl, an analyst at a think tank in Berlin, said the meeting signalled closer ties.',
  'On Wednesday, Xi attended the opening ceremony of the forum in Beijing before meeting Premier Ivo Kask.',
  'The summit took place about eight days after Putin had a similar virtual meeting with President Lena Marsh on December 7.',
  'Officials declined to comment on the talks, which lasted more than three hours.',
  'Xi said China was willing to work with Russia to "inject stability" into a turbulent world.',
  'The ministry announced on Friday that a new treaty would be drafted by the end of the year.',
  'Protests broke out in the capital in March, when the government raised fuel prices.',
];

function syntheticArticle(n: number): string {
  const day = String(1 + (n % 28)).padStart(2, '0');
  const lines = [`Title: Synthetic report ${n}`, `date 2024-05-${day}`, ''];
  let size = 0;
  const target = 3000 + ((n * 7919) % 7000);
  let i = n;
  while (size < target) {
    const paragraph = [SENTENCES[i % SENTENCES.length], SENTENCES[(i * 5 + 3) % SENTENCES.length], SENTENCES[(i * 7 + 1) % SENTENCES.length]].join(' ');
    lines.push(paragraph, '');
    size += paragraph.length;
    i++;
  }
  return lines.join('\n');
}

const count = Number(process.argv[2] ?? 2000);
const texts = Array.from({ length: count }, (_, n) => syntheticArticle(n));
const bytes = texts.reduce((s, t) => s + t.length, 0);
const started = performance.now();
const mentions: EventMention[] = [];
const spent = { parse: 0, tag: 0, extract: 0 };
for (const [n, text] of texts.entries()) {
  const t0 = performance.now();
  const parsed = parseArticle(`synthetic-${n}.txt`, text);
  const t1 = performance.now();
  spent.parse += t1 - t0;
  if (!parsed.ok) continue;
  const timexes = tagArticle(parsed.value);
  const t2 = performance.now();
  spent.tag += t2 - t1;
  mentions.push(...extractEvents(parsed.value, timexes));
  spent.extract += performance.now() - t2;
}
const extracted = performance.now();
const events = mergeEvents(mentions);
const done = performance.now();
const seconds = (done - started) / 1000;
process.stdout.write(`parse ${(spent.parse / 1000).toFixed(2)} s, tag ${(spent.tag / 1000).toFixed(2)} s, extract ${(spent.extract / 1000).toFixed(2)} s\n`);
process.stdout.write(`${count} articles, ${(bytes / count / 1024).toFixed(1)} KB avg: ingest+tag+extract ${((extracted - started) / 1000).toFixed(2)} s, merge ${((done - extracted) / 1000).toFixed(2)} s (${mentions.length} mentions → ${events.length} events); ${(count / seconds).toFixed(0)} articles/s\n`);
