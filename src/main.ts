/** Composition root: config → logger → store (lazy) → corpus → bot → adapters + digest schedule + HTTP; graceful stop. */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createBot, systemClock } from './bot.js';
import { loadConfig, secretValues, type Config } from './config.js';
import { createDigestCommands } from './digest/digest-commands.js';
import { syncConfigChannels } from './digest/sync-config-channels.js';
import { isBotError } from './errors.js';
import { createHttpServer, type HttpServer } from './http/http-server.js';
import type { ReadinessCheck } from './http/readiness.js';
import { loadCorpus } from './load-corpus.js';
import { createLogger } from './logger.js';
import { instrumentBot } from './metrics/instrument-bot.js';
import { instrumentPublisher } from './metrics/instrument-publisher.js';
import { createPrometheusMetrics } from './metrics/prometheus-metrics.js';
import type { Logger, PlatformAdapter } from './ports.js';
import { createConsoleDigest } from './runtime/console-digest.js';
import { startConsoleSession } from './runtime/console-session.js';
import { createInFlight } from './runtime/in-flight.js';
import { configuredPlatforms, createPlatformAdapters } from './runtime/platform-adapters.js';
import { newOwnerId, startDigestScheduler } from './schedule/start-schedule.js';
import { systemWallClock } from './schedule/wall-clock.js';
import { createSharedAnalysisCache } from './shared-analysis-cache.js';
import { createShutdown, SHUTDOWN_DEADLINE_MS } from './shutdown.js';
import { createStore, storeMayHoldState } from './store/create-store.js';

export const EXIT_CONFIG = 2;
/** Slack's HTTP mode needs a port; without PORT a platform deployment listens here. */
const DEFAULT_PORT = 3000;

export interface MainStreams {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

const processStreams: MainStreams = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

/** Reads the configuration or explains, in one screen and without a stack trace, what to fix. */
export function loadConfigOrExplain(env: NodeJS.ProcessEnv, stderr: NodeJS.WritableStream): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (isBotError(error) && error.code === 'config_invalid') {
      stderr.write(`${error.message}\nFix the variables above (see the Configuration table in README.md) and start again.\n`);
      return null;
    }
    throw error;
  }
}

export interface MainOptions {
  /** SIGTERM/SIGINT start the graceful shutdown (default true; removed again when runMain returns). */
  readonly signals?: boolean;
}

/**
 * Runs the bot until a signal arrives, or, for the console alone (no platform, no HTTP server), until its input ends.
 * Returns the exit code: 0 after a clean stop, 1 when a shutdown step failed or timed out, 2 for bad configuration.
 */
export async function runMain(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, streams: MainStreams = processStreams, options: MainOptions = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== 'console'),
    options: { data: { type: 'string' }, json: { type: 'boolean', default: false } },
    strict: false,
  });
  const config = loadConfigOrExplain(env, streams.stderr);
  if (!config) return EXIT_CONFIG;
  const interactive = streams.stdin.isTTY === true;
  // At a terminal the chat and the logs share one screen: routine info lines stay out unless LOG_LEVEL asks for them.
  const level = interactive && env.LOG_LEVEL === undefined ? 'warn' : config.logLevel;
  const logger = createLogger({ level, destination: streams.stderr, secrets: secretValues(config) });

  const shutdown = createShutdown(logger);
  let stopReason: (reason: string) => void = () => undefined;
  const stopRequested = new Promise<string>((resolve) => (stopReason = resolve));
  const onSignal = (signal: NodeJS.Signals): void => stopReason(signal);
  if (options.signals !== false) for (const s of ['SIGTERM', 'SIGINT'] as const) process.on(s, onSignal);
  try {
    const code = await serve(config, { values, interactive, logger, streams, shutdown, stopRequested });
    return code;
  } finally {
    for (const s of ['SIGTERM', 'SIGINT'] as const) process.off(s, onSignal);
  }
}

interface ServeContext {
  readonly values: { data?: string | boolean; json?: string | boolean };
  readonly interactive: boolean;
  readonly logger: Logger;
  readonly streams: MainStreams;
  readonly shutdown: ReturnType<typeof createShutdown>;
  readonly stopRequested: Promise<string>;
}

async function serve(config: Config, ctx: ServeContext): Promise<number> {
  const { logger, shutdown, streams } = ctx;
  const metrics = createPrometheusMetrics();
  const inFlight = createInFlight();
  // Opens on first use: the console's first prompt and /healthz never wait for PGlite or a PostgreSQL connect.
  const store = createStore(config.store, logger);
  const platforms = configuredPlatforms(config);
  const port = config.port ?? (platforms.length > 0 ? DEFAULT_PORT : undefined);
  let adapters: PlatformAdapter[] = [];
  let corpusReady = false;

  const readiness = (): ReadinessCheck[] => [
    { name: 'shutdown', check: () => !shutdown.started },
    { name: 'corpus', check: () => corpusReady },
    { name: 'store', check: () => store.ping() },
    ...adapters.map((a) => ({ name: a.name, check: () => a.isReady() })),
  ];
  let http: HttpServer | null = null;
  let httpClosed: Promise<void> = Promise.resolve();
  if (port !== undefined) {
    http = createHttpServer({ logger, metrics, readiness });
    // Before the corpus loads, so /healthz answers and /readyz says why not yet.
    const bound = await http.listen(port);
    logger.info('http server listening', { port: bound, routes: ['/healthz', '/readyz', '/metrics'] });
  }
  let scheduler: { stop(): Promise<void> } | null = null;
  let session: ReturnType<typeof startConsoleSession> | null = null;
  // The order of a graceful stop: intake first (HTTP, console, scheduler, adapters), then in-flight work, then connections.
  shutdown.add({ name: 'stop accepting HTTP requests', run: () => { httpClosed = http?.close(2_000) ?? Promise.resolve(); } });
  shutdown.add({ name: 'stop console input', run: () => session?.stop() });
  // Before the adapters close: a claimed digest is either posted or given back, never left hanging.
  shutdown.add({ name: 'stop digest scheduler', run: () => scheduler?.stop() });
  shutdown.add({ name: 'stop adapters', run: async () => { await Promise.all(adapters.map((a) => a.stop())); } });
  shutdown.add({ name: 'finish answers in flight', run: async () => { await session?.done; await inFlight.drained(); } });
  shutdown.add({ name: 'close HTTP server', run: () => httpClosed });
  shutdown.add({ name: 'close store', run: () => store.close() });

  // Platforms need the store at start (leases, dedupe): open it while the corpus loads instead of after.
  if (platforms.length > 0) void store.ping().catch(() => undefined);
  try {
    const dataDir = typeof ctx.values.data === 'string' ? ctx.values.data : config.dataDir;
    const corpus = await loadCorpus({
      dataDir,
      maxBytes: config.maxArticleBytes,
      logger,
      ...(config.store.kind === 'postgres'
        ? { cache: createSharedAnalysisCache({ analysis: store.analysis, leases: store.leases, logger }) }
        : { stateDir: config.store.dir }),
    });
    const digest = createDigestCommands({ store, clock: systemWallClock, events: () => corpus.events, settings: config.digest });
    const bot = instrumentBot(createBot({ corpus, clock: systemClock, logger, digest }), { metrics, inFlight });
    corpusReady = true;

    const owner = newOwnerId();
    adapters = await createPlatformAdapters(config, { bot, corpus, logger, metrics, store, http, owner });
    for (const adapter of adapters) await adapter.start();
    const publishers = adapters.flatMap((a) => (a.publisher ? [instrumentPublisher(a.publisher, logger)] : []));
    if (publishers.length > 0) {
      await syncConfigChannels(store, config.digest, new Date(), logger).catch((error: unknown) =>
        logger.error('could not sync DIGEST_CHANNELS; retried at the next start', { code: 'store_unavailable', err: error }));
      // Only where something can post: a console-only run keeps the store closed until a digest command needs it.
      scheduler = startDigestScheduler({ owner, store, clock: systemWallClock, logger, metrics, publishers, events: () => corpus.events, settings: config.digest });
    }
    if (adapters.length === 0) {
      const howToConnect = 'To connect Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; for Discord set DISCORD_TOKEN.';
      logger.info(`no platform credentials: running the console adapter. ${howToConnect}`);
      const json = ctx.values.json === true;
      const consoleDigest = createConsoleDigest(bot, {
        owner, store, clock: systemWallClock, logger, metrics, events: () => corpus.events, settings: config.digest,
        output: streams.stdout, json, storeHasState: storeMayHoldState(config.store),
      });
      scheduler = consoleDigest;
      session = startConsoleSession(consoleDigest.bot, {
        input: streams.stdin,
        output: streams.stdout,
        interactive: ctx.interactive,
        json,
        greeting: `Summit: ${corpus.articles.length} articles, ${corpus.events.length} events. Type help, a question, or quit.\n(Console mode. ${howToConnect})`,
      });
    }
  } catch (error) {
    // A platform that refuses our credentials, or a corpus that cannot be read: say why, close what was opened.
    logger.error('start failed', { code: isBotError(error) ? error.code : 'internal', err: error });
    await shutdown.run('start failed');
    return 1;
  }

  // The console alone ends with its input; with a server or a platform, only a signal ends the process.
  const inputEnded = session && !http ? session.done.then(() => 'input ended') : new Promise<string>(() => undefined);
  const reason = await Promise.race([ctx.stopRequested, inputEnded]);
  const clean = await shutdown.run(reason);
  return clean ? 0 : 1;
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  runMain(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`summit: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
  // Whatever happens in between, a stop signal ends the process by the deadline container runtimes are promised.
  for (const s of ['SIGTERM', 'SIGINT'] as const) {
    process.once(s, () => setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref());
  }
}
