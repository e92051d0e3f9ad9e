import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_SCOPES } from '../../../adapters/slack/index.js';
import { authorizationUrlFor } from '../../../adapters/slack/slack-scopes.js';
import { loadConfig } from '../../../src/config.js';

const manifest = JSON.parse(readFileSync(new URL('../../../adapters/slack/manifest.json', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { request_url: string } };
};

describe('Slack app manifest', () => {
  it('asks for exactly the scopes the adapter uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
  });
  it('points the command, events and interactivity at /slack/events and OAuth at /slack/oauth_redirect', () => {
    expect(manifest.features.slash_commands[0]).toMatchObject({ command: '/summit', should_escape: true });
    for (const url of [manifest.features.slash_commands[0]!.url, manifest.settings.event_subscriptions.request_url, manifest.settings.interactivity.request_url]) {
      expect(new URL(url).pathname).toBe('/slack/events');
    }
    expect(new URL(manifest.oauth_config.redirect_urls[0]!).pathname).toBe('/slack/oauth_redirect');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
  });
});

describe('Slack configuration', () => {
  it('builds an OAuth slice without a bot token', () => {
    const config = loadConfig({ SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'secret', SLACK_STATE_SECRET: 'state', SLACK_SIGNING_SECRET: 'sign' });
    expect(config.slack).toMatchObject({ oauth: { clientId: 'id', clientSecret: 'secret', stateSecret: 'state' }, signingSecret: 'sign' });
    expect(config.slack?.botToken).toBeUndefined();
  });
  it.each([
    [{ SLACK_CLIENT_ID: 'id', SLACK_SIGNING_SECRET: 's' }, /SLACK_CLIENT_SECRET[\s\S]*SLACK_STATE_SECRET/],
    [{ SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's', SLACK_SIGNING_SECRET: 's', SLACK_APP_TOKEN: 'xapp-1' }, /SLACK_APP_TOKEN/],
    [{ SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's', SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-1' }, /SLACK_BOT_TOKEN/],
  ])('names what is wrong with an OAuth setup: %o', (env, problem) => {
    expect(() => loadConfig(env)).toThrow(problem);
  });
  it('puts the Add to Slack page on the Web API host (GovSlack, proxies)', () => {
    expect(authorizationUrlFor('https://slack.com/api/')).toBe('https://slack.com/oauth/v2/authorize');
    expect(authorizationUrlFor('https://slack-gov.com/api/')).toBe('https://slack-gov.com/oauth/v2/authorize');
  });
});
