/** Digest posting through the adapter's real WebClient against the fake Web API: once, even when the response is lost. */
import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { IsoDate } from '../../../src/domain.js';
import { isBotError } from '../../../src/errors.js';
import type { Bot } from '../../../src/bot.js';
import type { DigestPost } from '../../../src/ports.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { TEST_SIGNING_SECRET } from '../../fakes/slack-signing.js';
import { memoryDeduper, memoryVault } from './memory-ports.js';

const answer: Answer = {
  kind: 'on-this-day', headline: 'On 8 May in earlier years:', followUps: [], data: { date: '05-08', events: [] },
  items: [{ date: '2015-05-08', precision: 'day', title: 'Xi Jinping visits Moscow for Victory Day', citations: [] }],
};
const post = (channelId: string, key: string): DigestPost => ({ key, channel: { platform: 'slack', workspaceId: 'T1', channelId }, localDate: '2025-05-08' as IsoDate, answer });
const unusedBot: Bot = { answer: () => answer, handle: async () => answer };

let api: FakeSlackApi;
let adapter: SlackAdapter;
beforeAll(async () => {
  api = await startFakeSlackApi();
  adapter = createSlackAdapter(
    { signingSecret: TEST_SIGNING_SECRET, botToken: 'xoxb-test', apiUrl: api.url, command: '/summit', digestAdmins: [], port: 0, host: '127.0.0.1' },
    { bot: unusedBot, logger: recordingLogger(), dedupe: memoryDeduper(), installations: memoryVault() },
  );
});
afterAll(() => api.close());

const postsTo = (channel: string) => api.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

describe('Slack digest publisher', () => {
  it('posts with metadata naming the digest, and findPosted finds it by key', async () => {
    const result = await adapter.publisher.publish(post('CDIG1', 'sub-1:2025-05-08'));
    expect(result.kind).toBe('posted');
    const sent = postsTo('CDIG1')[0]!.args;
    expect(sent.metadata).toEqual({ event_type: 'summit_digest', event_payload: { key: 'sub-1:2025-05-08', local_date: '2025-05-08' } });
    expect(String(sent.text)).toContain('Victory Day');
    expect(sent).not.toHaveProperty('parse');
    expect(sent).not.toHaveProperty('link_names');
    expect(await adapter.publisher.findPosted(post('CDIG1', 'sub-1:2025-05-08'), new Date(0))).toBe(result.kind === 'posted' ? result.messageId : '');
    expect(await adapter.publisher.findPosted(post('CDIG1', 'sub-2:2025-05-08'), new Date(0))).toBeNull();
    const history = api.callsTo('conversations.history')[0]!.args;
    expect(String(history.include_all_metadata)).toBe('true');
    expect(Number(history.oldest)).toBeCloseTo(new Date(0).getTime() / 1000);
  });

  it('posts once when Slack accepts the post and the connection then resets: the error is thrown, and findPosted sees the post', async () => {
    api.fail('chat.postMessage', { kind: 'reset' });
    const error = await adapter.publisher.publish(post('CDIG2', 'sub-3:2025-05-08')).then(() => null, (e: unknown) => e);
    expect(isBotError(error) && error.code).toBe('platform_send_failed');
    expect(postsTo('CDIG2')).toHaveLength(1);
    expect(await adapter.publisher.findPosted(post('CDIG2', 'sub-3:2025-05-08'), new Date(0))).not.toBeNull();
  });

  it('negative control: a WebClient with its default retries posts the same digest twice after a reset', async () => {
    api.fail('chat.postMessage', { kind: 'reset' });
    const client = new webApi.WebClient('xoxb-test', { slackApiUrl: api.url });
    await client.chat.postMessage({ channel: 'CDIG3', text: 'digest' });
    expect(postsTo('CDIG3')).toHaveLength(2);
  });

  it('waits out a 429 and delivers the digest once', async () => {
    api.fail('chat.postMessage', { kind: 'rate-limit', retryAfter: 1 });
    const result = await adapter.publisher.publish(post('CDIG4', 'sub-4:2025-05-08'));
    expect(result.kind).toBe('posted');
    const [limited, delivered] = postsTo('CDIG4');
    expect(postsTo('CDIG4')).toHaveLength(2);
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    expect(api.callsTo('conversations.history').filter((c) => c.args.channel === 'CDIG4')).toHaveLength(0);
  });

  it.each(['channel_not_found', 'is_archived'])('reports %s as channel-gone without retrying', async (code) => {
    api.fail('chat.postMessage', { kind: 'error', error: code });
    expect(await adapter.publisher.publish(post(`CGONE-${code}`, 'k'))).toEqual({ kind: 'channel-gone', reason: code });
    expect(postsTo(`CGONE-${code}`)).toHaveLength(1);
  });

  it('joins a public channel it is not in yet and posts once; if it cannot join, the channel is gone', async () => {
    api.fail('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    expect((await adapter.publisher.publish(post('CJOIN', 'k'))).kind).toBe('posted');
    expect(api.callsTo('conversations.join').map((c) => c.args.channel)).toEqual(['CJOIN']);
    api.fail('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    api.fail('conversations.join', { kind: 'error', error: 'method_not_supported_for_channel_type' });
    expect(await adapter.publisher.publish(post('CPRIVATE', 'k'))).toMatchObject({ kind: 'channel-gone' });
  });

  it('throws platform_send_failed on a transient platform error', async () => {
    api.fail('chat.postMessage', { kind: 'error', error: 'internal_error' });
    const error = await adapter.publisher.publish(post('CDIG5', 'k')).then(() => null, (e: unknown) => e);
    expect(isBotError(error) && error.code).toBe('platform_send_failed');
  });
});
