/** Configuration: one zod schema over the environment; the only module that reads process.env. */
import { z } from 'zod';
import { BotError } from './errors.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const optionalText = z.string().trim().min(1).optional();
const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** Each entry documents itself: the README's configuration table is generated from these descriptions. */
export const envSchema = z.object({
  PORT: z.coerce.number({ error: 'a port number from 1 to 65535' }).int('a port number from 1 to 65535').min(1, 'a port number from 1 to 65535').max(65535, 'a port number from 1 to 65535').optional()
    .describe('HTTP port for Slack events and /healthz, /readyz, /metrics (default 3000 when a platform needs it)'),
  SLACK_SIGNING_SECRET: optionalText.describe('Slack signing secret (HTTP mode, with SLACK_BOT_TOKEN)'),
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-/, 'a Slack bot token starting with xoxb-').optional()
    .describe('Slack bot token (xoxb-…)'),
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-/, 'a Slack app-level token starting with xapp-').optional()
    .describe('Slack app-level token (xapp-…): Socket Mode instead of HTTP'),
  SLACK_CLIENT_ID: optionalText.describe('Slack OAuth client id (multi-workspace install)'),
  SLACK_CLIENT_SECRET: optionalText.describe('Slack OAuth client secret'),
  SLACK_STATE_SECRET: optionalText.describe('Slack OAuth state secret'),
  SLACK_API_URL: z.url().refine((u) => u.endsWith('/api/'), 'a URL ending in /api/').default('https://slack.com/api/')
    .describe('Slack Web API base URL, ending in /api/'),
  SLACK_COMMAND: z.string().regex(/^\/[a-z0-9_-]{1,31}$/, 'a slash command such as /summit').default('/summit')
    .describe('Slack slash command name'),
  SLACK_DIGEST_ADMINS: z.string().default('').describe('comma-separated Slack user ids allowed to change digest subscriptions'),
  DISCORD_TOKEN: optionalText.describe('Discord bot token'),
  DISCORD_APPLICATION_ID: z.string().regex(/^\d{5,25}$/, 'a numeric Discord application id').optional()
    .describe('Discord application id (else read from the gateway READY)'),
  DISCORD_API_URL: z.url().optional().describe('Discord REST base passed to discord.js rest.api (http://host:port/api)'),
  DISCORD_GUILD_ID: z.string().regex(/^\d{5,25}$/, 'a numeric Discord guild id').optional()
    .describe('register slash commands in this guild at start (global otherwise)'),
  SHARD_COUNT: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], { error: "'auto' or a whole number from 1 to 1000" }).default('auto')
    .describe('Discord shard count: auto or a number'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// connection URL').optional()
    .describe('PostgreSQL store; without it the embedded store under SUMMIT_STATE_DIR'),
  SUMMIT_STATE_DIR: z.string().min(1).default('var').describe('folder of the embedded store and caches'),
  SUMMIT_DATA_DIR: z.string().min(1).default('data/articles').describe('folder of article files'),
  SUMMIT_MAX_ARTICLE_BYTES: z.coerce.number({ error: 'a byte count from 1024 to 1073741824' }).int().min(1024, 'at least 1024 bytes').max(1024 ** 3, 'at most 1 GiB').default(5 * 1024 * 1024)
    .describe('largest article file read, in bytes'),
  DIGEST_DEFAULT_TIME: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time HH:MM (24-hour)').default('09:00')
    .describe('default digest time for digest subscribe'),
  DIGEST_DEFAULT_TZ: z.string().refine(isTimeZone, 'an IANA time zone such as UTC or Europe/Berlin').default('UTC')
    .describe('default digest time zone'),
  DIGEST_CHANNELS: z.string().default('')
    .refine((v) => v.split(',').map((s) => s.trim()).filter(Boolean).every((c) => /^(slack|discord):[A-Za-z0-9]+$/.test(c)),
      'a comma-separated list like slack:C0123,discord:987654321')
    .describe('channels that get the digest without subscribing'),
  DIGEST_CATCHUP_HOURS: z.coerce.number({ error: 'a whole number of hours from 0 to 48' }).int().min(0, 'from 0 to 48 hours').max(48, 'from 0 to 48 hours').default(6).describe('how late a missed digest may still be posted'),
  DIGEST_EMPTY: z.enum(['skip', 'week', 'nearest']).default('skip').describe('what an empty day posts'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('fatal, error, warn, info, debug, trace or silent'),
});

export type Env = z.infer<typeof envSchema>;

/** Variables whose values are never printed (errors, `summit config check`, logs). */
export const SECRET_NAMES: ReadonlySet<string> = new Set(['SLACK_SIGNING_SECRET', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'DISCORD_TOKEN', 'DATABASE_URL']);

export interface SlackConfig {
  readonly signingSecret?: string;
  /** Single-workspace mode; absent in OAuth mode, where each workspace's token comes from its installation. */
  readonly botToken?: string;
  readonly appToken?: string;
  /** OAuth ("Add to Slack") for many workspaces: HTTP mode only, installations kept in the store. */
  readonly oauth?: { readonly clientId: string; readonly clientSecret: string; readonly stateSecret: string };
  readonly apiUrl: string;
  readonly command: string;
  readonly digestAdmins: readonly string[];
}
export interface DiscordConfig {
  readonly token: string;
  readonly applicationId?: string;
  readonly apiUrl?: string;
  readonly guildId?: string;
  readonly shardCount: number | 'auto';
}
export type StoreConfig = { readonly kind: 'embedded'; readonly dir: string } | { readonly kind: 'postgres'; readonly url: string };

export interface Config {
  readonly port?: number;
  readonly slack?: SlackConfig;
  readonly discord?: DiscordConfig;
  readonly store: StoreConfig;
  readonly dataDir: string;
  readonly maxArticleBytes: number;
  readonly digest: {
    readonly defaultTime: string;
    readonly defaultTimeZone: string;
    readonly channels: readonly string[];
    readonly catchupHours: number;
    readonly empty: 'skip' | 'week' | 'nearest';
  };
  readonly logLevel: (typeof LOG_LEVELS)[number];
}

const splitList = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

/** One line per bad variable: its name, what it expects, and (for non-secrets) what it got. */
function describeIssues(error: z.ZodError, env: Readonly<Record<string, string | undefined>>): string[] {
  return error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '(environment)');
    const given = env[name];
    const shown = given === undefined ? 'unset' : SECRET_NAMES.has(name) ? 'a value (hidden)' : JSON.stringify(given);
    const expected = issue.code === 'invalid_value' && 'values' in issue ? `one of ${issue.values.join(', ')}` : issue.message;
    return `${name}: expected ${expected}; got ${shown}`;
  });
}

function crossFieldProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.SLACK_BOT_TOKEN && !env.SLACK_SIGNING_SECRET && !env.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: expected a value (HTTP mode) or SLACK_APP_TOKEN (Socket Mode) alongside SLACK_BOT_TOKEN; got unset');
  }
  if ((env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) && !env.SLACK_BOT_TOKEN && !env.SLACK_CLIENT_ID) {
    problems.push('SLACK_BOT_TOKEN: expected a bot token (xoxb-…) when Slack is configured; got unset');
  }
  if (env.SLACK_CLIENT_ID) {
    for (const name of ['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'SLACK_SIGNING_SECRET'] as const) {
      if (!env[name]) problems.push(`${name}: expected a value alongside SLACK_CLIENT_ID (OAuth mode); got unset`);
    }
    if (env.SLACK_BOT_TOKEN) problems.push('SLACK_BOT_TOKEN: expected unset in OAuth mode (each workspace gets its own token when it installs); got a value (hidden)');
    // Socket Mode apps cannot be distributed through "Add to Slack" here: OAuth runs on the HTTP endpoint.
    if (env.SLACK_APP_TOKEN) problems.push('SLACK_APP_TOKEN: expected unset in OAuth mode (OAuth needs HTTP mode); got a value (hidden)');
  }
  return problems;
}

/** Parses the environment once at start-up; throws a BotError('config_invalid') listing every problem. */
export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  // Empty strings mean "unset": a blank line in an env file must not fail a format check.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? crossFieldProblems(parsed.data) : describeIssues(parsed.error, env);
  if (!parsed.success || problems.length > 0) {
    throw new BotError('config_invalid', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const e = parsed.data;
  const slack: SlackConfig | undefined = e.SLACK_BOT_TOKEN || e.SLACK_CLIENT_ID
    ? {
        ...(e.SLACK_BOT_TOKEN ? { botToken: e.SLACK_BOT_TOKEN } : {}),
        ...(e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
          ? { oauth: { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET } }
          : {}),
        apiUrl: e.SLACK_API_URL,
        command: e.SLACK_COMMAND,
        digestAdmins: splitList(e.SLACK_DIGEST_ADMINS),
        ...(e.SLACK_SIGNING_SECRET ? { signingSecret: e.SLACK_SIGNING_SECRET } : {}),
        ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      }
    : undefined;
  const discord: DiscordConfig | undefined = e.DISCORD_TOKEN
    ? {
        token: e.DISCORD_TOKEN,
        shardCount: e.SHARD_COUNT,
        ...(e.DISCORD_APPLICATION_ID ? { applicationId: e.DISCORD_APPLICATION_ID } : {}),
        ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
        ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      }
    : undefined;
  return Object.freeze({
    ...(e.PORT !== undefined ? { port: e.PORT } : {}),
    ...(slack ? { slack } : {}),
    ...(discord ? { discord } : {}),
    store: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'embedded', dir: e.SUMMIT_STATE_DIR },
    dataDir: e.SUMMIT_DATA_DIR,
    maxArticleBytes: e.SUMMIT_MAX_ARTICLE_BYTES,
    digest: {
      defaultTime: e.DIGEST_DEFAULT_TIME,
      defaultTimeZone: e.DIGEST_DEFAULT_TZ,
      channels: splitList(e.DIGEST_CHANNELS),
      catchupHours: e.DIGEST_CATCHUP_HOURS,
      empty: e.DIGEST_EMPTY,
    },
    logLevel: e.LOG_LEVEL,
  } satisfies Config);
}

/** Rows for the README's configuration table, straight from the schema so the docs cannot drift. */
export function describeConfig(): { name: string; description: string; default?: string }[] {
  return Object.entries(envSchema.shape).map(([name, schema]) => {
    const def = (schema as z.ZodType).def as { type: string; defaultValue?: unknown };
    const row: { name: string; description: string; default?: string } = { name, description: (schema as z.ZodType).description ?? '' };
    if (def.type === 'default') row.default = String(def.defaultValue);
    return row;
  });
}

/** The secret values of a configuration (tokens, secrets, the database password), for the logger to scrub wherever they appear. */
export function secretValues(config: Config): string[] {
  const dbPassword = config.store.kind === 'postgres' ? decodeURIComponent(URL.canParse(config.store.url) ? new URL(config.store.url).password : '') : '';
  return [
    config.slack?.botToken, config.slack?.signingSecret, config.slack?.appToken, config.slack?.oauth?.clientSecret, config.slack?.oauth?.stateSecret,
    config.discord?.token, dbPassword,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}
