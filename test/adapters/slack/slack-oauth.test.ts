/** OAuth ("Add to Slack"): the real Bolt install flow on loopback stores the installation in the vault, and its token is used. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { Bot } from '../../../src/bot.js';
import type { IsoDate } from '../../../src/domain.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { eventBody, postSigned, TEST_SIGNING_SECRET } from '../../fakes/slack-signing.js';
import { memoryDeduper, memoryVault } from './memory-ports.js';

const answer: Answer = { kind: 'search', headline: 'hits', items: [], followUps: [], data: { hits: [], total: 0 } };
const bot: Bot = { answer: () => answer, handle: async () => answer };
const vault = memoryVault();
let api: FakeSlackApi;
let adapter: SlackAdapter;
let base: string;

beforeAll(async () => {
  api = await startFakeSlackApi();
  adapter = createSlackAdapter(
    { signingSecret: TEST_SIGNING_SECRET, apiUrl: api.url, command: '/summit', digestAdmins: [], oauth: { clientId: '1.2', clientSecret: 'cs', stateSecret: 'state-secret' }, port: 0, host: '127.0.0.1' },
    { bot, logger: recordingLogger(), dedupe: memoryDeduper(), installations: vault },
  );
  await adapter.start();
  base = `http://127.0.0.1:${adapter.port()}`;
});
afterAll(async () => {
  await adapter.stop();
  await api.close();
});

it('installs a workspace through /slack/install and /slack/oauth_redirect, then answers and posts digests with its token', async () => {
  const install = await fetch(`${base}/slack/install`, { redirect: 'manual' });
  expect(install.status).toBe(302);
  const location = new URL(install.headers.get('location') ?? '');
  expect(location.origin + location.pathname).toBe(new URL('../oauth/v2/authorize', api.url).toString());
  expect(location.searchParams.get('scope')).toContain('commands');
  const state = location.searchParams.get('state') ?? '';
  const cookie = (install.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

  const callback = await fetch(`${base}/slack/oauth_redirect?code=abc&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
  expect(callback.status).toBeLessThan(400);
  expect(api.callsTo('oauth.v2.access')).toHaveLength(1);
  expect(JSON.parse(vault.records.get('slack:team:T9') ?? '{}')).toMatchObject({ team: { id: 'T9' }, bot: { token: 'xoxb-oauth-t9' } });

  await postSigned(`${base}/slack/events`, eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT9> hi', ts: '5.1', channel: 'C9', event_ts: '5.1' }, 'EvOauth1', 'T9'));
  await api.waitFor(() => api.callsTo('chat.postMessage').length > 0);
  expect(api.callsTo('chat.postMessage')[0]!.token).toBe('xoxb-oauth-t9');

  // A digest command in that workspace asks users.info with the workspace's own token.
  api.setUser('U2', { is_admin: true });
  await postSigned(`${base}/slack/events`, eventBody({ type: 'app_mention', user: 'U2', text: '<@UBOT9> digest status', ts: '5.2', channel: 'C9', event_ts: '5.2' }, 'EvOauth3', 'T9'));
  await api.waitFor(() => api.callsTo('users.info').length > 0);
  expect(api.callsTo('users.info')[0]!.token).toBe('xoxb-oauth-t9');
  await api.waitFor(() => api.callsTo('chat.postMessage').length >= 2);

  const result = await adapter.publisher.publish({ key: 'k', channel: { platform: 'slack', workspaceId: 'T9', channelId: 'C9' }, localDate: '2025-05-08' as IsoDate, answer });
  expect(result.kind).toBe('posted');
  expect(api.callsTo('chat.postMessage').at(-1)!.token).toBe('xoxb-oauth-t9');
});

it('refuses an event from a workspace that never installed', async () => {
  const before = api.callsTo('chat.postMessage').length;
  await postSigned(`${base}/slack/events`, eventBody({ type: 'app_mention', user: 'U1', text: 'hi', ts: '6.1', channel: 'C1', event_ts: '6.1' }, 'EvOauth2', 'T404'));
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(api.callsTo('chat.postMessage').length).toBe(before);
});
