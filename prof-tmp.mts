import { generateCorpus } from './scripts/bench/ingest-bench.js';
import { parseArticle } from './src/ingest/parse-article.js';
const corpus = generateCorpus(2000);
for (const a of corpus.slice(0, 300)) parseArticle(a.file, a.text);
const c0 = process.cpuUsage(); const t = performance.now();
for (const a of corpus) parseArticle(a.file, a.text);
const cpu = process.cpuUsage(c0);
console.log('wall ms', Math.round(performance.now() - t), 'cpu ms', Math.round((cpu.user + cpu.system) / 1000));
