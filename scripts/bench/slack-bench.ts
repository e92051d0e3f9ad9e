/**
 * Slack bench: latency of signed `/summit` requests to their HTTP answers at 20 concurrent requests, Summit's adapter
 * (real Bolt, the seed corpus, answers in the ack) against a minimal Bolt app that acks with a fixed text, in one run.
 * Both talk to the same local fake Web API; the load generator shares the process, equally for both.
 * Run alone with `node --import tsx scripts/bench/slack-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { App, HTTPReceiver } from '@slack/bolt';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { toBoltLogger } from '../../adapters/slack/bolt-logger.js';
import { createBot, systemClock } from '../../src/bot.js';
import { loadCorpus } from '../../src/load-corpus.js';
import { silentLogger } from '../../src/ports.js';
import { startFakeSlackApi } from '../../test/fakes/fake-slack-api.js';
import { postSigned, slashBody, TEST_SIGNING_SECRET } from '../../test/fakes/slack-signing.js';

export interface SlackBenchRow { readonly target: string; readonly requests: number; readonly p50: number; readonly p99: number; readonly max: number; readonly errors: number }
export interface SlackBenchReport { readonly rows: readonly SlackBenchRow[]; readonly ratioP99: number; readonly overheadRatioP99: number; readonly concurrency: number }

const QUESTIONS = ['timeline', 'search putin gas', 'when did Xi visit Moscow?', 'today', 'timeline 2022', 'search pipeline'] as const;
const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

async function load(url: string, requests: number, concurrency: number, responseUrl: string, questions: readonly string[] = QUESTIONS): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests) {
      const i = next++;
      const body = slashBody({ text: questions[i % questions.length]!, response_url: responseUrl });
      const started = performance.now();
      const response = await postSigned(url, body).catch(() => null);
      latencies.push(performance.now() - started);
      if (response?.status !== 200) errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, errors };
}

export async function benchSlack(options: { requests?: number; concurrency?: number } = {}): Promise<SlackBenchReport> {
  const requests = options.requests ?? 1600;
  const concurrency = options.concurrency ?? 20;
  const api = await startFakeSlackApi();
  const corpus = await loadCorpus({ dataDir: 'data/articles', maxBytes: 5 * 1024 * 1024, logger: silentLogger });
  const bot = createBot({ corpus, clock: systemClock, logger: silentLogger });
  const memory = new Set<string>();
  const summit = createSlackAdapter(
    { signingSecret: TEST_SIGNING_SECRET, botToken: 'xoxb-bench', apiUrl: api.url, command: '/summit', digestAdmins: [], port: 0, host: '127.0.0.1' },
    {
      bot, logger: silentLogger,
      dedupe: { firstSeen: async (key) => !memory.has(key) && Boolean(memory.add(key)) },
      installations: { save: async () => undefined, find: async () => null, remove: async () => undefined },
    },
  );
  await summit.start();

  const receiver = new HTTPReceiver({ signingSecret: TEST_SIGNING_SECRET, logger: toBoltLogger(silentLogger) });
  const minimal = new App({ receiver, token: 'xoxb-bench', clientOptions: { slackApiUrl: api.url }, logger: toBoltLogger(silentLogger), deferInitialization: true });
  minimal.command('/summit', async ({ ack }) => ack({ response_type: 'ephemeral', text: 'Fixed answer.' }));
  await minimal.init();
  const server = await receiver.start({ port: 0, host: '127.0.0.1' });
  const minimalPort = (server.address() as { port: number }).port;

  const summitUrl = `http://127.0.0.1:${summit.port()}/slack/events`;
  const targets: { target: string; url: string; questions?: readonly string[] }[] = [
    { target: `Summit, question mix (${QUESTIONS.join(' · ')})`, url: summitUrl },
    // The adapter's own cost: `help` takes the engine well under a millisecond, so this row is Bolt + Summit's Slack layer.
    { target: 'Summit, `help` only (adapter overhead)', url: summitUrl, questions: ['help'] },
    { target: 'minimal Bolt app (fixed-text ack)', url: `http://127.0.0.1:${minimalPort}/slack/events` },
  ];
  const collected = new Map<string, { latencies: number[]; errors: number }>(targets.map((t) => [t.target, { latencies: [], errors: 0 }]));
  for (const t of targets) await load(t.url, 100, concurrency, api.responseUrl('warm'), t.questions);
  // Alternating halves, so a busy moment on the host falls on both columns alike.
  for (let round = 0; round < 4; round += 1) {
    for (const t of round % 2 === 0 ? targets : [...targets].reverse()) {
      const result = await load(t.url, requests / 4, concurrency, api.responseUrl('bench'), t.questions);
      const into = collected.get(t.target)!;
      into.latencies.push(...result.latencies);
      into.errors += result.errors;
    }
  }
  await summit.stop();
  await receiver.stop();
  await api.close();

  const rows = targets.map(({ target }) => {
    const { latencies, errors } = collected.get(target)!;
    const sorted = [...latencies].sort((a, b) => a - b);
    return { target, requests: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted[sorted.length - 1] ?? 0, errors };
  });
  return { rows, ratioP99: rows[0]!.p99 / rows[2]!.p99, overheadRatioP99: rows[1]!.p99 / rows[2]!.p99, concurrency };
}

export function formatSlackBench(report: SlackBenchReport): string {
  const lines = [`| target (${report.concurrency} concurrent signed /summit requests) | requests | p50 ms | p99 ms | max ms | non-200 |`, '|---|---|---|---|---|---|'];
  for (const r of report.rows) lines.push(`| ${r.target} | ${r.requests} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.errors} |`);
  lines.push('', `p99 vs the minimal app: question mix ${report.ratioP99.toFixed(2)}×, help only ${report.overheadRatioP99.toFixed(2)}× (target ≤ 1.5×; Slack's limit is 3,000 ms).`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${formatSlackBench(await benchSlack(process.argv.includes('--quick') ? { requests: 400 } : {}))}\n`);
}
