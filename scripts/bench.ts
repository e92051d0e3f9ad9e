/**
 * `npm run bench`: every speed and memory target, measured in one run on this machine and printed as Markdown
 * (paste into docs/benchmarks.md). Sections: start-up, ingest, the whole ingest pipeline, search vs a plain fuse.js baseline.
 * `--quick` uses smaller corpora for a fast look; the recorded figures come from a full run.
 */
import os from 'node:os';
import { benchIngest } from './bench/ingest-bench.js';
import { benchPipeline, formatPipeline } from './bench/pipeline-bench.js';
import { benchSearch, formatSearchBench } from './bench/search-bench.js';
import { benchSlack, formatSlackBench } from './bench/slack-bench.js';
import { benchStartup, formatStartup } from './bench/startup-bench.js';
import { benchReplicaStartup, formatReplicaStartup } from './bench/replica-startup-bench.js';

const quick = process.argv.includes('--quick');
const out = (text: string): void => {
  process.stdout.write(`${text}\n`);
};

out(`# Summit bench — ${new Date().toISOString().slice(0, 10)}`);
out(`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}${quick ? ' (quick run: smaller corpora)' : ''}`);

out('\n## Start-up (target: seed corpus ready < 500 ms from process start)');
out(formatStartup(benchStartup(quick ? 3 : 5)));

out('\n## Replica start-up with the shared analysis (DATABASE_URL)');
out(formatReplicaStartup(await benchReplicaStartup(quick ? 1_000 : 10_000)));

out('\n## Ingest: parseArticle and readArticleFiles (target ≥ 1,000 articles/s)');
const ingest = await benchIngest(quick ? 2_000 : 10_000);
out('| measure | value |\n|---|---|');
for (const [key, value] of Object.entries(ingest)) out(`| ${key} | ${typeof value === 'number' ? value.toLocaleString('en-US') : value} |`);

out('\n## Whole ingest pipeline: parse + tag + extract + merge (target ≥ 300 articles/s)');
out(formatPipeline(benchPipeline(quick ? 2_000 : 10_000)));

out('\n## Search: engine vs plain fuse.js (targets: seeds p99 < 5 ms; 100k p99 < 50 ms and ≥ 20× the baseline; hostile p99 < 200 ms)');
out(formatSearchBench(await benchSearch(quick ? { sizes: [1_000, 10_000] } : {})));

out('\n## Slack: signed /summit requests → HTTP answer, 20 concurrent (target: Summit p99 ≤ 1.5 × a minimal Bolt app, far inside 3 s)');
out(formatSlackBench(await benchSlack(quick ? { requests: 400 } : {})));
