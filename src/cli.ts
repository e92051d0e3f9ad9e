/** The `summit` command line: the contract in DESIGN.md (ingest, timex, timeline, onthisday, ask, search, event, article, digest, console). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { answerToJson, type Answer } from './answer/answer.js';
import { renderText } from './answer/render-text.js';
import { systemClock } from './bot.js';
import type { IsoDate } from './domain.js';
import { checkConfig, formatConfigReport } from './config-check.js';
import { answerCommand } from './engine/answer-command.js';
import { buildDigest } from './digest/build-digest.js';
import { buildCorpus, type Corpus } from './engine/corpus.js';
import { MAX_WINDOW_DAYS } from './engine/parse-command.js';
import { search } from './engine/search.js';
import { timeline } from './engine/timeline.js';
import { parseArticle } from './ingest/parse-article.js';
import { createProgressReporter, formatIngestSummary } from './ingest/progress.js';
import { readArticleFiles } from './ingest/read-files.js';
import { loadConfigOrExplain, runMain, EXIT_CONFIG, type MainStreams } from './main.js';
import { tagArticle } from './time/tag-article.js';
import { parseIsoDate } from './time/calendar.js';

const OPTIONS = {
  data: { type: 'string' },
  json: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  all: { type: 'boolean', default: false },
  window: { type: 'string' },
  limit: { type: 'string' },
  page: { type: 'string' },
  dct: { type: 'string' },
  date: { type: 'string' },
  today: { type: 'string' },
  guild: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsConfig['options'];

const USAGE = `Usage: summit <command> [options]
  console                          chat in the terminal (the default of npm start)
  config check                     the effective configuration (secrets masked) and every problem; exit 0 or 2
  ask "<question>"                 answer a question with dates and sources
  search "<words>" [--limit N]     find sentences (typos are forgiven)
  timeline [--from D] [--to D] [--all]
  onthisday [MM-DD] [--window N]
  event <id> | article <id|file>
  ingest <dir|file...> [--strict]  read article files and report what was read
  timex <file> [--dct YYYY-MM-DD]  temporal expressions of one article file
  digest [--date YYYY-MM-DD]       the daily digest that would be posted that day (DIGEST_EMPTY decides an empty day)
  discord register [--guild ID]    register /summit with Discord by bulk overwrite: globally, or in one server
Options: --data <dir> (article folder; default data/articles or SUMMIT_DATA_DIR), --json, --today YYYY-MM-DD`;

class UsageError extends Error {}

/**
 * A timex's index in the file as read. Where ingest cleaned markup out of a sentence (Markdown links, HTML entities), the
 * sentence-relative offset no longer lands on the text; the expression is then found from its sentence's start onwards.
 */
function offsetInFile(fileText: string, timexText: string, offset: number, sentenceOffset: number): number {
  if (fileText.startsWith(timexText, offset)) return offset;
  const found = fileText.indexOf(timexText, sentenceOffset);
  return found >= 0 ? found : offset;
}

interface CliContext {
  readonly streams: MainStreams;
  readonly json: boolean;
}

function fail(ctx: CliContext, code: string, message: string, exitCode = 1): number {
  ctx.streams.stderr.write(`summit: ${message}\n`);
  if (ctx.json) ctx.streams.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
  return exitCode;
}

function print(ctx: CliContext, json: unknown, text: string): void {
  ctx.streams.stdout.write(ctx.json ? `${JSON.stringify(json, null, 2)}\n` : `${text}\n`);
}

function printAnswer(ctx: CliContext, answer: Answer): number {
  if (answer.kind === 'problem') return fail(ctx, answer.data.code, answer.data.message);
  print(ctx, answerToJson(answer), renderText(answer));
  return 0;
}

function intOption(value: string | boolean | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} expects a whole number from ${min} to ${max}; got "${value}"`);
  return n;
}

function dateOption(value: string | boolean | undefined, name: string): IsoDate | undefined {
  if (value === undefined || typeof value === 'boolean') return undefined;
  const date = parseIsoDate(value);
  if (!date) throw new UsageError(`--${name} expects a date YYYY-MM-DD; got "${value}"`);
  return date;
}

async function loadQueryCorpus(dataDir: string, maxBytes: number, streams: MainStreams): Promise<Corpus> {
  const { articles, errors } = await readArticleFiles([dataDir], { maxBytes });
  for (const error of errors) streams.stderr.write(`summit: skipped ${error.file}: ${error.message}\n`);
  return buildCorpus(articles);
}

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, streams: MainStreams = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command = 'help', ...rest] = argv;
  if (command === 'console' || command === 'start') return runMain(rest, env, streams);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return fail({ streams, json: rest.includes('--json') }, 'bad_arguments', `${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  const ctx: CliContext = { streams, json: values.json };
  if (command === 'help' || command === '--help' || command === '-h' || values.help) {
    streams.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === 'config') {
    if (positionals[0] !== 'check') return fail(ctx, 'bad_arguments', `config needs a subcommand: summit config check\n${USAGE}`, 2);
    const report = checkConfig(env);
    print(ctx, report, formatConfigReport(report));
    return report.problems.length === 0 ? 0 : EXIT_CONFIG;
  }
  const config = loadConfigOrExplain(env, streams.stderr);
  if (!config) return EXIT_CONFIG;
  const dataDir = values.data ?? config.dataDir;
  try {
    const today = dateOption(values.today, 'today') ?? systemClock.today();
    switch (command) {
      case 'ingest': {
        const started = performance.now();
        const paths = positionals.length > 0 ? positionals : [dataDir];
        const { articles, errors, skipped } = await readArticleFiles(paths, { maxBytes: config.maxArticleBytes, onProgress: createProgressReporter(streams.stderr) });
        for (const error of errors) streams.stderr.write(`summit: ${error.file}: ${error.message}\n`);
        const summary = formatIngestSummary({ articles: articles.length, skipped, errors: errors.length, ms: performance.now() - started });
        print(ctx, { articles, errors: errors.map((e) => ({ file: e.file, message: e.message })) },
          articles.map((a) => `${a.file}: ${a.title} (${a.outlet ?? 'outlet unknown'}, ${a.published ?? 'date unknown'}${a.publishedInferred ? ', inferred' : ''}; ${a.sentences.length} sentences)`).join('\n'));
        streams.stderr.write(`${summary}\n`);
        if (articles.length === 0) return fail({ streams, json: false }, 'no_articles', 'no article could be read');
        return values.strict && errors.length > 0 ? 1 : 0;
      }
      case 'timex': {
        const file = positionals[0];
        if (!file) throw new UsageError('timex needs a file: summit timex <file> [--dct YYYY-MM-DD]');
        const text = await readFile(file, 'utf8');
        const result = parseArticle(path.basename(file), text);
        if (!result.ok) return fail(ctx, result.error.code, `${file}: ${result.error.message}`);
        const dct = dateOption(values.dct, 'dct') ?? result.value.published;
        const timexes = tagArticle(result.value, dct).map(({ text: t, offset, type, value, mod, sentenceIndex }) => ({
          text: t,
          offset: offsetInFile(text, t, offset, result.value.sentences[sentenceIndex]?.offset ?? 0),
          type,
          value,
          ...(mod ? { mod } : {}),
        }));
        print(ctx, timexes, timexes.map((t) => `${t.offset}\t${t.type}\t${t.value}\t${t.text}`).join('\n'));
        return 0;
      }
      case 'timeline':
      case 'onthisday':
      case 'ask':
      case 'search':
      case 'event':
      case 'article': {
        const corpus = await loadQueryCorpus(dataDir, config.maxArticleBytes, streams);
        const argText = positionals.join(' ');
        const context = { today };
        if (command === 'timeline') {
          const from = values.from;
          const to = values.to;
          return printAnswer(ctx, timeline(corpus, { ...(from ? { from } : {}), ...(to ? { to } : {}), ...(argText ? { range: argText } : {}), all: values.all, pageSize: Number.MAX_SAFE_INTEGER, today }));
        }
        if (command === 'search') {
          const limit = intOption(values.limit, 'limit', 1, 100);
          return printAnswer(ctx, search(corpus, argText, { ...(limit ? { limit } : {}), page: intOption(values.page, 'page', 1, 10_000) ?? 1 }));
        }
        if (command === 'onthisday') {
          const window = intOption(values.window, 'window', 0, MAX_WINDOW_DAYS) ?? 0;
          return printAnswer(ctx, answerCommand(corpus, { kind: 'on-this-day', window, ...(argText ? { monthDay: argText } : {}) }, context));
        }
        if (!argText) throw new UsageError(`${command} needs an argument`);
        if (command === 'ask') return printAnswer(ctx, answerCommand(corpus, { kind: 'ask', question: argText }, context));
        return printAnswer(ctx, answerCommand(corpus, { kind: command, id: argText }, context));
      }
      case 'digest': {
        // The digest a subscriber would get on --date (default today, UTC), with DIGEST_EMPTY deciding an empty day.
        const date = dateOption(values.date, 'date') ?? today;
        const corpus = await loadQueryCorpus(dataDir, config.maxArticleBytes, streams);
        if (corpus.articles.length === 0) return fail(ctx, 'no_articles', `no articles could be read from ${dataDir}`);
        return printAnswer(ctx, buildDigest(corpus.events, date, config.digest.empty).answer);
      }
      case 'discord': {
        if (positionals[0] !== 'register') throw new UsageError('discord needs a subcommand: summit discord register [--guild ID]');
        if (!config.discord) return fail(ctx, 'config_invalid', 'DISCORD_TOKEN is not set: registering the commands needs the bot token', EXIT_CONFIG);
        const guildId = values.guild;
        if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) throw new UsageError(`--guild expects a numeric server id; got "${guildId}"`);
        const { applicationId, apiUrl, token } = config.discord;
        // Loaded here only: discord.js costs every other command start-up time for nothing.
        const { createRest, registerCommands } = await import('../adapters/discord/index.js');
        const done = await registerCommands(createRest(token, apiUrl), { ...(applicationId ? { applicationId } : {}), ...(guildId ? { guildId } : {}) });
        print(ctx, done, `Registered /${done.names.join(', /')} ${done.scope === 'guild' ? `in server ${guildId}` : 'globally'} for application ${done.applicationId} (bulk overwrite: running it again changes nothing).`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(ctx, 'bad_arguments', `${error.message}\n${USAGE}`, 2);
    return fail(ctx, 'internal', error instanceof Error ? error.message : String(error));
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isEntryPoint) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
