import { describe, expect, it } from 'vitest';
import { describeConfig, loadConfig } from '../src/config.js';
import { BotError } from '../src/errors.js';

const problemsOf = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('config_invalid');
    return (error as BotError).message;
  }
  throw new Error('expected loadConfig to reject the environment');
};

describe('loadConfig', () => {
  it('gives working defaults for an empty environment: console only, embedded store', () => {
    const config = loadConfig({});
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
    expect(config.store).toEqual({ kind: 'embedded', dir: 'var' });
    expect(config.dataDir).toBe('data/articles');
    expect(config.digest).toMatchObject({ defaultTime: '09:00', defaultTimeZone: 'UTC', empty: 'skip', catchupHours: 6 });
    expect(config.logLevel).toBe('info');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('names every bad variable and what it expects, in one error', () => {
    const message = problemsOf({ LOG_LEVEL: 'loud', PORT: '99999', DIGEST_DEFAULT_TZ: 'Mars/Olympus', DIGEST_DEFAULT_TIME: '25:00', SHARD_COUNT: 'many' });
    expect(message).toContain('LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent; got "loud"');
    expect(message).toMatch(/PORT: expected a port number from 1 to 65535; got "99999"/);
    expect(message).toMatch(/DIGEST_DEFAULT_TZ: expected an IANA time zone/);
    expect(message).toMatch(/DIGEST_DEFAULT_TIME: expected a time HH:MM/);
    expect(message).toMatch(/SHARD_COUNT: expected 'auto' or a whole number/);
  });

  it('never prints a secret value', () => {
    const message = problemsOf({ SLACK_BOT_TOKEN: 'not-a-token-super-secret', DATABASE_URL: 'mysql://user:hunter2@db' });
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('super-secret');
    expect(message).not.toContain('hunter2');
  });

  it('requires a signing secret or an app token beside a Slack bot token', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_SIGNING_SECRET/);
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack).toMatchObject({ botToken: 'xoxb-1', signingSecret: 's', command: '/summit' });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).slack?.appToken).toBe('xapp-1');
  });

  it('reads platform, store and digest settings into their slices', () => {
    const config = loadConfig({
      DISCORD_TOKEN: 't', SHARD_COUNT: '2', DATABASE_URL: 'postgres://localhost/test', DIGEST_CHANNELS: 'slack:C01, discord:123', PORT: '8080',
    });
    expect(config.discord).toEqual({ token: 't', shardCount: 2 });
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://localhost/test' });
    expect(config.digest.channels).toEqual(['slack:C01', 'discord:123']);
    expect(config.port).toBe(8080);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ LOG_LEVEL: '  ', PORT: '' }).logLevel).toBe('info');
  });

  it('rejects a malformed digest channel list', () => {
    expect(problemsOf({ DIGEST_CHANNELS: 'teams:1' })).toMatch(/DIGEST_CHANNELS: expected a comma-separated list/);
  });

  it('describes every variable for the README, with defaults', () => {
    const rows = describeConfig();
    expect(rows.find((r) => r.name === 'LOG_LEVEL')).toMatchObject({ default: 'info' });
    expect(rows.every((r) => r.description.length > 5)).toBe(true);
  });
});
