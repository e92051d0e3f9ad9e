/** `summit config check`: the effective configuration with secrets masked, and every problem; exit 0 (fine) or 2. */
import { existsSync, statSync } from 'node:fs';
import type { z } from 'zod';
import { envSchema, loadConfig, SECRET_NAMES } from './config.js';
import { isBotError } from './errors.js';

export interface CheckedVariable {
  readonly name: string;
  /** Masked for secrets; null when unset with no default. */
  readonly value: string | null;
  readonly source: 'environment' | 'default' | 'unset';
}

export interface ConfigReport {
  readonly variables: readonly CheckedVariable[];
  readonly problems: readonly string[];
  readonly summary: readonly string[];
}

/** Shows that a secret is set and which kind it is, never any of its characters beyond a public prefix. */
export function maskSecret(name: string, value: string): string {
  if (name === 'DATABASE_URL' && URL.canParse(value)) {
    const url = new URL(value);
    if (url.password) url.password = '****';
    return url.toString();
  }
  const prefix = /^(xox[abeoprs]-|xapp-)/.exec(value)?.[1] ?? '';
  return `${prefix}**** (${value.length} characters)`;
}

export function checkConfig(env: Readonly<Record<string, string | undefined>>): ConfigReport {
  const variables: CheckedVariable[] = [];
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const raw = env[name]?.trim() ? env[name]?.trim() : undefined;
    const parsed = (schema as z.ZodType).safeParse(raw);
    const effective = raw ?? (parsed.success && parsed.data !== undefined ? String(parsed.data) : null);
    variables.push({
      name,
      value: effective === null ? null : SECRET_NAMES.has(name) && raw !== undefined ? maskSecret(name, raw) : effective,
      source: raw !== undefined ? 'environment' : effective !== null ? 'default' : 'unset',
    });
  }
  const problems: string[] = [];
  let summary: string[] = [];
  try {
    const config = loadConfig(env);
    summary = [
      `platforms: ${[config.slack ? `Slack (${config.slack.appToken ? 'Socket Mode' : config.slack.oauth ? 'HTTP, OAuth' : 'HTTP'})` : '', config.discord ? 'Discord' : ''].filter(Boolean).join(', ') || 'none: the console adapter runs'}`,
      `store: ${config.store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `embedded, in ${config.store.dir}/store`}`,
      `HTTP server: ${config.port ?? (config.slack || config.discord ? '3000 (default)' : 'off (set PORT to serve /healthz, /readyz, /metrics)')}`,
    ];
    if (!existsSync(config.dataDir) || !statSync(config.dataDir).isDirectory()) {
      problems.push(`SUMMIT_DATA_DIR: expected a folder of article files; ${JSON.stringify(config.dataDir)} does not exist`);
    }
  } catch (error) {
    if (!isBotError(error) || error.code !== 'config_invalid') throw error;
    problems.push(...error.message.split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)));
  }
  return { variables, problems, summary };
}

export function formatConfigReport(report: ConfigReport): string {
  const width = Math.max(...report.variables.map((v) => v.name.length));
  const lines = report.variables.map((v) => `  ${v.name.padEnd(width)}  ${v.value === null ? '—' : v.value === '' ? '(empty)' : v.value}${v.source === 'default' ? '  (default)' : ''}`);
  return [
    'Effective configuration (secrets masked):',
    ...lines,
    ...(report.summary.length > 0 ? ['', ...report.summary] : []),
    '',
    report.problems.length === 0 ? 'No problems found.' : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}:`,
    ...report.problems.map((p) => `  - ${p}`),
  ].join('\n');
}
