/** The digest publisher against the fake Discord: one message per key, found again later, and honest failures. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index.js';
import { digestNonce } from '../../../adapters/discord/publish-digest.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { IsoDate } from '../../../src/domain.js';
import { BotError } from '../../../src/errors.js';
import { silentLogger, type DigestPost } from '../../../src/ports.js';
import { createFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';

const answer: Answer = {
  kind: 'on-this-day', headline: 'On 5 June in earlier years:', followUps: ['timeline'],
  items: [{ date: '2019-06-05', precision: 'day', title: 'Xi Jinping and Vladimir Putin sign a joint statement @everyone', citations: [] }],
  data: { date: '06-05', events: [] },
};

describe('Discord digest publisher', () => {
  let fake: FakeDiscord;
  let publisher: NonNullable<ReturnType<typeof createDiscordAdapter>['publisher']>;
  const post = (channelId: string, key = `discord:g:${channelId}:2026-06-05`): DigestPost => ({
    key, localDate: '2026-06-05' as IsoDate, channel: { platform: 'discord', workspaceId: '800000000000000001', channelId }, answer,
  });

  beforeAll(async () => {
    fake = await createFakeDiscord();
    // The publisher needs no gateway: it works on a replica that holds no shard.
    publisher = createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, shardCount: 1 }, { bot: { answer: () => answer, handle: async () => answer }, logger: silentLogger }).publisher;
  });
  afterAll(() => fake?.close());

  it('posts once with a nonce naming the digest and enforce_nonce, however often it is retried', async () => {
    fake.addChannel('810000000000000001');
    const first = await publisher.publish(post('810000000000000001'));
    const again = await publisher.publish(post('810000000000000001'));
    expect(first.kind).toBe('posted');
    expect(again).toEqual(first);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path === '/channels/810000000000000001/messages');
    expect(sent).toHaveLength(2);
    for (const request of sent) {
      expect(request.body).toMatchObject({ nonce: digestNonce(post('810000000000000001')), enforce_nonce: true, allowed_mentions: { parse: [] } });
    }
    expect(digestNonce(post('810000000000000001'))).toMatch(/^d20260605-.{15}$/);
    expect(fake.messages.get('810000000000000001')).toHaveLength(1);
    expect(JSON.stringify(sent[0]!.body.embeds)).not.toContain('@everyone');
  });

  it('finds an earlier post by its footer marker, since history does not return nonces', async () => {
    fake.addChannel('810000000000000002');
    const since = new Date(Date.now() - 1000);
    expect(await publisher.findPosted(post('810000000000000002'), since)).toBeNull();
    const posted = await publisher.publish(post('810000000000000002'));
    expect(await publisher.findPosted(post('810000000000000002'), since)).toBe(posted.kind === 'posted' ? posted.messageId : 'missing');
    expect(await publisher.findPosted(post('810000000000000002', 'another key'), since)).toBeNull();
  });

  it('reports a channel that is gone or closed to it, without retrying', async () => {
    expect(await publisher.publish(post('810000000000000404'))).toEqual({ kind: 'channel-gone', reason: expect.stringContaining('10003') });
    fake.addChannel('810000000000000003');
    fake.fail({ method: 'POST', path: /810000000000000003/, status: 403, body: { code: 50001, message: 'Missing Access' } });
    expect(await publisher.publish(post('810000000000000003'))).toMatchObject({ kind: 'channel-gone', reason: expect.stringContaining('50001') });
  });

  it('throws platform_send_failed when Discord keeps failing, every attempt carrying the same nonce', async () => {
    fake.addChannel('810000000000000004');
    fake.fail({ method: 'POST', path: /810000000000000004/, status: 500, body: { code: 0, message: 'Internal Server Error' }, times: 4 });
    const error = await publisher.publish(post('810000000000000004')).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(BotError);
    expect((error as BotError).code).toBe('platform_send_failed');
    const nonces = new Set(fake.requests.filter((r) => r.path.includes('810000000000000004')).map((r) => r.body.nonce));
    expect(nonces.size).toBe(1);
  });
});
