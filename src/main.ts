/** Composition root: config → logger → corpus → bot → adapters. `npm start` runs this. */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { runConsoleAdapter } from '../adapters/console/index.js';
import { createBot, systemClock } from './bot.js';
import { loadConfig, type Config } from './config.js';
import { isBotError } from './errors.js';
import { loadCorpus } from './load-corpus.js';
import { createLogger } from './logger.js';

export const EXIT_CONFIG = 2;

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

/** Runs the bot until its input ends or a signal arrives; returns the exit code. */
export async function runMain(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, streams: MainStreams = processStreams): Promise<number> {
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
  const logger = createLogger({ level, destination: streams.stderr });
  const dataDir = typeof values.data === 'string' ? values.data : config.dataDir;
  const corpus = await loadCorpus({ dataDir, ...(config.store.kind === 'embedded' ? { stateDir: config.store.dir } : {}), maxBytes: config.maxArticleBytes, logger });
  const bot = createBot({ corpus, clock: systemClock, logger });

  const platforms = [config.slack ? 'Slack' : null, config.discord ? 'Discord' : null].filter(Boolean);
  if (platforms.length > 0) {
    // TODO(summit): start the Slack and Discord adapters here once they land (issues after the Query engine).
    logger.warn(`${platforms.join(' and ')} credentials found, but this build has no ${platforms.join('/')} adapter yet; starting the console adapter`);
  }
  const howToConnect = 'To connect Slack set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET; for Discord set DISCORD_TOKEN.';
  if (platforms.length === 0) logger.info(`no platform credentials: running the console adapter. ${howToConnect}`);
  await runConsoleAdapter(bot, {
    input: streams.stdin,
    output: streams.stdout,
    interactive,
    json: values.json === true,
    greeting: `Summit: ${corpus.articles.length} articles, ${corpus.events.length} events. Type help, a question, or quit.\n(Console mode. ${howToConnect})`,
  });
  return 0;
}

function exitOnSignals(): void {
  // Ending on SIGTERM/SIGINT with 0 is a clean stop for container runtimes and for `npm start` under Ctrl-C.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  exitOnSignals();
  runMain(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`summit: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
