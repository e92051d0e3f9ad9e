/** The real Bolt app on 127.0.0.1 against a fake Slack Web API, driven by Slack-signed requests. */
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import { createBot, type Bot } from '../../../src/bot.js';
import { noopMetrics, type ChatContext, type Metrics } from '../../../src/ports.js';
import { startFakeSlackApi, liveMentions, payloadTexts, type FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { loadFixtureCorpus } from '../../fakes/fixture-corpus.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { actionBody, eventBody, postSigned, slashBody, TEST_SIGNING_SECRET } from '../../fakes/slack-signing.js';
import { memoryDeduper, memoryVault } from './memory-ports.js';

const ACK_BUDGET_MS = 300;
let api: FakeSlackApi;
let adapter: SlackAdapter;
let url: string;
let asked: { text: string; context: ChatContext }[];
/** What the adapter reported to summit_platform_retries_total. */
const retries: string[] = [];
const metrics: Metrics = { ...noopMetrics, platformRetry: (platform, reason) => void retries.push(`${platform}:${reason}`) };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The fixture engine, recording what it was asked; `slow …` takes longer than the ack budget. */
async function recordingBot(): Promise<Bot> {
  const corpus = await loadFixtureCorpus();
  const bot = createBot({ corpus, clock: { today: () => '2025-05-08' as never }, logger: recordingLogger() });
  return {
    answer: bot.answer,
    async handle(text, context) {
      asked.push({ text, context });
      if (text.startsWith('slow ')) {
        await sleep(ACK_BUDGET_MS + 700);
        return bot.handle(text.slice(5), context);
      }
      return bot.handle(text, context);
    },
  };
}

function startAdapter(bot: Bot, dedupe = memoryDeduper()): SlackAdapter {
  return createSlackAdapter(
    { signingSecret: TEST_SIGNING_SECRET, botToken: 'xoxb-test', apiUrl: api.url, command: '/summit', digestAdmins: [], port: 0, host: '127.0.0.1' },
    { bot, logger: recordingLogger(), metrics, dedupe, installations: memoryVault(), ackBudgetMs: ACK_BUDGET_MS, facts: () => ({ articles: 4, events: 8, latestArticle: '2024-05-16' }) },
  );
}

beforeAll(async () => {
  api = await startFakeSlackApi();
  asked = [];
  adapter = startAdapter(await recordingBot());
  await adapter.start();
  url = `http://127.0.0.1:${adapter.port()}/slack/events`;
});
afterAll(async () => {
  await adapter.stop();
  await api.close();
});
beforeEach(() => {
  asked.length = 0;
});

/** An unsigned upload on its own connection (agent: false), so a refused upload cannot spoil a pooled socket. */
function postHuge(target: string, bytes: number, chunked: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(target, {
      method: 'POST', agent: false,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=00', ...(chunked ? {} : { 'content-length': String(bytes) }) },
    }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // The server may answer and close before the whole upload is sent: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      req.end();
    };
    pump();
  });
}

const mentionEvent = (text: string, ts: string, extra: Record<string, unknown> = {}) =>
  ({ type: 'app_mention', user: 'U1', text: `<@UBOT> ${text}`, ts, channel: 'C1', event_ts: ts, ...extra });

describe('/summit over HTTP', () => {
  it('answers a fast command in the ack itself: ephemeral Block Kit, a fallback text and a Post in channel button', async () => {
    const started = Date.now();
    const response = await postSigned(url, slashBody({ text: 'timeline', response_url: api.responseUrl('fast') }));
    expect(Date.now() - started).toBeLessThan(3000); // Slack's hard limit for the HTTP answer
    expect(response.status).toBe(200);
    const body = response.json() as { response_type: string; text: string; blocks: { type: string; elements?: { action_id: string }[] }[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('Xi–Putin events');
    expect(body.blocks.length).toBeGreaterThan(2);
    expect(body.blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id)).toContain('summit_post_in_channel');
    expect(asked.map((a) => a.text)).toEqual(['timeline']);
    expect(asked[0]!.context.channel).toEqual({ platform: 'slack', workspaceId: 'T1', channelId: 'C1' });
  });

  it('acks a slow command inside the limit and delivers the answer through response_url', async () => {
    const started = Date.now();
    const response = await postSigned(url, slashBody({ text: 'slow timeline', response_url: api.responseUrl('slow') }));
    expect(Date.now() - started).toBeLessThan(3000);
    expect((response.json() as { text: string }).text).toBe('Looking that up…');
    await api.waitFor(() => api.responded.some((r) => r.id === 'slow'));
    const delayed = api.responded.find((r) => r.id === 'slow')!.body as { text: string; response_type: string };
    expect(delayed.response_type).toBe('ephemeral');
    expect(delayed.text).toContain('Xi–Putin events');
  });

  it('posts into the channel when "Post in channel" is pressed, and removes the private copy', async () => {
    const response = await postSigned(url, actionBody({
      type: 'block_actions', user: { id: 'U1', team_id: 'T1' }, team: { id: 'T1' }, channel: { id: 'C1' }, api_app_id: 'A1', token: 'legacy',
      container: { type: 'message', is_ephemeral: true }, response_url: api.responseUrl('share'), trigger_id: '1',
      actions: [{ type: 'button', action_id: 'summit_post_in_channel', block_id: 'b', value: 'timeline', action_ts: '1' }],
    }));
    expect(response.status).toBe(200);
    await api.waitFor(() => api.responded.some((r) => r.id === 'share'));
    const shared = api.responded.find((r) => r.id === 'share')!.body as { response_type: string; delete_original: boolean; text: string };
    expect(shared).toMatchObject({ response_type: 'in_channel', delete_original: true });
    expect(shared.text).toContain('Xi–Putin events');
  });

  it.each([
    ['a tampered signature', { secret: 'not-the-secret' }],
    ['a stale timestamp (now − 301 s)', { timestampSec: Math.floor(Date.now() / 1000) - 301 }],
    ['a future timestamp (now + 600 s), which bolt alone accepts', { timestampSec: Math.floor(Date.now() / 1000) + 600 }],
  ])('rejects %s with 401 and never asks the bot', async (_name, options) => {
    const response = await postSigned(url, slashBody({ text: 'timeline', response_url: api.responseUrl('bad') }), options);
    expect(response.status).toBe(401);
    expect(asked).toEqual([]);
  });

  it.each([
    ['with its size declared (Content-Length)', false],
    ['streamed without a declared size, so bolt 5.1\'s own 4 MiB bodyLimit stops it', true],
  ])('answers 413 to a 5 MiB body %s, and the next request is still answered', async (_name, chunked) => {
    expect(await postHuge(url, 5 * 1024 * 1024, chunked)).toBe(413);
    const next = await postSigned(url, slashBody({ text: 'help', response_url: api.responseUrl('after') }));
    expect(next.status).toBe(200);
    expect((next.json() as { text: string }).text).toContain('Summit knows');
    expect(asked.map((a) => a.text)).toEqual(['help']);
  });

  it('never echoes a live mention: <!channel>, @here and <@U123> in a question come back disarmed', async () => {
    // As Slack sends them: typed literally (Slack escapes them) and as real markup from the composer.
    const response = await postSigned(url, slashBody({ text: 'search &lt;!channel&gt; <!here> @here &lt;@U123&gt; <@U123>', response_url: api.responseUrl('echo') }));
    const body = response.json() as Record<string, unknown>;
    const texts = payloadTexts(body);
    expect(texts.join('\n')).toContain('&lt;!channel&gt;'); // the echo is there, escaped
    expect(texts.flatMap(liveMentions)).toEqual([]);
    expect(JSON.stringify(body)).not.toMatch(/"parse"|link_names/);
  });

  it('never echoes a live mention in a thread reply either', async () => {
    await postSigned(url, eventBody(mentionEvent('search &lt;!here&gt; &lt;!subteam^S1&gt; &lt;@U123&gt;', '1700000009.000100'), 'EvEcho1'));
    await api.waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.thread_ts === '1700000009.000100'));
    const post = api.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1700000009.000100')!;
    expect(payloadTexts(post.args).join('\n')).toContain('&lt;!subteam^S1&gt;');
    expect(payloadTexts(post.args).flatMap(liveMentions)).toEqual([]);
    expect(post.args).not.toHaveProperty('parse');
    expect(post.args).not.toHaveProperty('link_names');
  });
});

describe('events over HTTP', () => {
  it('answers a mention in a thread under it', async () => {
    await postSigned(url, eventBody(mentionEvent('timeline', '1700000001.000200'), 'EvMention1'));
    await api.waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.thread_ts === '1700000001.000200'));
    const post = api.callsTo('chat.postMessage').find((c) => c.args.thread_ts === '1700000001.000200')!;
    expect(post.args.channel).toBe('C1');
    expect(String(post.args.text)).toContain('Xi–Putin events');
    expect(post.token).toBe('xoxb-test');
    expect(asked.map((a) => a.text)).toEqual(['timeline']);
  });

  it('answers a direct message in place, not in a thread', async () => {
    const event = { type: 'message', channel_type: 'im', user: 'U1', text: 'help', ts: '1700000002.000100', channel: 'D1', event_ts: '1700000002.000100' };
    await postSigned(url, eventBody(event, 'EvDirect1'));
    await api.waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.channel === 'D1'));
    const post = api.callsTo('chat.postMessage').find((c) => c.args.channel === 'D1')!;
    expect(post.args.thread_ts).toBeUndefined();
    expect(asked[0]!.context.canManageDigest).toBe(true); // the DM is the user's own
  });

  it('answers an event once although Slack retries it (X-Slack-Retry-Num)', async () => {
    const body = eventBody(mentionEvent('timeline', '1700000003.000100'), 'EvRetry1');
    await postSigned(url, body);
    await api.waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.thread_ts === '1700000003.000100'));
    for (const retry of ['1', '2']) {
      const response = await postSigned(url, body, { headers: { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } });
      expect(response.status).toBe(200);
    }
    await sleep(200);
    expect(api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000003.000100')).toHaveLength(1);
    expect(asked).toHaveLength(1);
  });

  it('answers once when the same event reaches two replicas sharing the dedupe store', async () => {
    const dedupe = memoryDeduper();
    const [one, two] = [startAdapter(await recordingBot(), dedupe), startAdapter(await recordingBot(), dedupe)];
    await Promise.all([one.start(), two.start()]);
    try {
      const body = eventBody(mentionEvent('timeline', '1700000004.000100'), 'EvReplica1');
      await Promise.all([one, two].map((a) => postSigned(`http://127.0.0.1:${a.port()}/slack/events`, body)));
      await api.waitFor(() => api.callsTo('chat.postMessage').some((c) => c.args.thread_ts === '1700000004.000100'));
      await sleep(200);
      expect(api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000004.000100')).toHaveLength(1);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it('waits out a 429 as Retry-After says and delivers the reply exactly once', async () => {
    api.fail('chat.postMessage', { kind: 'rate-limit', retryAfter: 1 });
    retries.length = 0;
    await postSigned(url, eventBody(mentionEvent('timeline', '1700000005.000100'), 'EvLimited1'));
    const mine = () => api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000005.000100');
    await api.waitFor(() => mine().length === 2);
    const [limited, delivered] = mine();
    expect(delivered!.at - limited!.at).toBeGreaterThanOrEqual(1000);
    await sleep(200);
    expect(mine()).toHaveLength(2); // the 429 and the one delivery, nothing more
    expect(retries).toEqual(['slack:rate-limited']);
  });

  it('publishes the App Home with what Summit knows and the commands', async () => {
    await postSigned(url, eventBody({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1700000006.000100' }, 'EvHome1'));
    await api.waitFor(() => api.callsTo('views.publish').length > 0);
    const view = api.callsTo('views.publish')[0]!.args.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('*4* articles');
    expect(text).toContain('/summit timeline 2022');
  });
});

describe('stopping', () => {
  it('lets an answer in flight reach Slack before stop() resolves', async () => {
    const own = startAdapter(await recordingBot());
    await own.start();
    const response = await postSigned(`http://127.0.0.1:${own.port()}/slack/events`, slashBody({ text: 'slow help', response_url: api.responseUrl('drain') }));
    expect((response.json() as { text: string }).text).toBe('Looking that up…');
    await own.stop();
    expect(api.responded.some((r) => r.id === 'drain')).toBe(true);
    expect(own.isReady()).toBe(false);
  });
});

