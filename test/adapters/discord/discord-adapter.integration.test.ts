/** A real discord.js client logged in to the fake Discord on loopback, answering through the real engine. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../../adapters/discord/index.js';
import type { Answer } from '../../../src/answer/answer.js';
import { createBot, type Bot } from '../../../src/bot.js';
import type { IsoDate } from '../../../src/domain.js';
import { noopMetrics, silentLogger, type PlatformAdapter } from '../../../src/ports.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { createFakeDiscord, type FakeDiscord, type RecordedRequest } from '../../fakes/fake-discord.js';
import { loadFixtureCorpus } from '../../fakes/fixture-corpus.js';
import { click, message, slash } from './discord-payloads.js';

/** Requests that carry message content: each one must say that nobody may be pinged. */
const carriesMessage = (r: RecordedRequest): boolean =>
  (r.method === 'POST' && /\/channels\/\d+\/messages$/.test(r.path)) ||
  (r.method === 'POST' && /\/callback$/.test(r.path) && [4, 7].includes(r.body?.type)) ||
  (r.method === 'PATCH' && /^\/webhooks\//.test(r.path)) ||
  (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path));
const mentionsOf = (r: RecordedRequest): unknown => (/\/callback$/.test(r.path) ? r.body.data.allowed_mentions : r.body.allowed_mentions);

/** A bot that can hold one answer back until the test lets it go: the slow-answer case without sleeping. */
function holdableBot(inner: Bot): Bot & { hold(): () => void } {
  let gate: Promise<void> | null = null;
  return {
    answer: inner.answer,
    async handle(text, context): Promise<Answer> {
      const waiting = gate;
      gate = null;
      if (waiting) await waiting;
      return inner.handle(text, context);
    },
    hold() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

describe('Discord adapter against a fake Discord (real discord.js client)', () => {
  let fake: FakeDiscord;
  let adapter: PlatformAdapter;
  let bot: ReturnType<typeof holdableBot>;
  const logger = recordingLogger();
  const retries: string[] = [];

  beforeAll(async () => {
    fake = await createFakeDiscord({ heartbeatMs: 1000 });
    const corpus = await loadFixtureCorpus();
    bot = holdableBot(createBot({ corpus, clock: { today: () => '2024-06-05' as IsoDate }, logger: silentLogger }));
    adapter = createDiscordAdapter({ token: fake.token, apiUrl: fake.apiUrl, shardCount: 'auto' }, { bot, logger, metrics: { ...noopMetrics, platformRetry: (p, reason) => void retries.push(`${p}:${reason}`) }, events: corpus, tuning: { deferAfterMs: 1000 } });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });
  afterEach(() => {
    expect(logger.lines.filter((l) => l.level === 'error')).toEqual([]);
    // Every message, interaction reply and edit the bot sent so far: allowed_mentions must be { parse: [] }.
    const sent = fake.requests.filter(carriesMessage);
    for (const request of sent) expect(mentionsOf(request), `${request.method} ${request.path}`).toMatchObject({ parse: [] });
  });

  it('logs in with the least intents (no Message Content), becomes ready and registers /summit by bulk overwrite', async () => {
    const identify = fake.frames.find((f) => f.op === 2);
    // Guilds (1 << 0) | GuildMessages (1 << 9) | DirectMessages (1 << 12); Message Content would be 1 << 15.
    expect(identify?.d.intents).toBe((1 << 0) | (1 << 9) | (1 << 12));
    expect(adapter.isReady()).toBe(true);
    const put = fake.requests.filter((r) => r.method === 'PUT');
    expect(put.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
    expect((put[0]!.body as { name: string }[]).map((c) => c.name)).toEqual(['summit']);
  });

  it('answers a slash command through the interaction callback with an embed', async () => {
    const { id } = slash(fake, 'timeline', { range: '2019' });
    const callback = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the callback');
    expect(callback.body.type).toBe(4);
    const embed = callback.body.data.embeds[0];
    expect(embed.title).toMatch(/Xi–Putin events/);
    expect(embed.fields[0].name).toMatch(/^4 June 2019 — /);
    expect(callback.body.data.flags ?? 0).toBe(0);
  });

  it('shows a problem only to the asker (ephemeral)', async () => {
    const { id } = slash(fake, 'event', { id: 'no-such-event' });
    const callback = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the callback');
    expect(callback.body.type).toBe(4);
    expect(callback.body.data.flags & 64).toBe(64);
    expect(callback.body.data.content).toMatch(/No event has the id/);
  });

  it('defers a slow answer within the deadline and edits the answer in', async () => {
    const release = bot.hold();
    const { id, token } = slash(fake, 'ask', { question: 'when did Xi visit Moscow?' });
    const deferred = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the defer');
    expect(deferred.body.type).toBe(5);
    release();
    const edit = await fake.waitFor(() => fake.requests.find((r) => r.method === 'PATCH' && r.path.includes(token)), 'the edit');
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${token}/messages/@original`);
    expect(edit.body.embeds[0].title ?? edit.body.embeds[0].description).toMatch(/2019/);
  });

  it('answers a mention with a reply to that message, and ignores messages not for it', async () => {
    message(fake, 'talking among ourselves @everyone');
    message(fake, `<@${fake.botUser.id}> timeline 2019`, { mentionBot: true, bot: true });
    const asked = message(fake, `<@${fake.botUser.id}> timeline 2019`, { mentionBot: true });
    const reply = await fake.waitFor(() => fake.requests.find((r) => r.method === 'POST' && r.body?.message_reference?.message_id === asked.id), 'the reply');
    expect(reply.path).toBe(`/channels/${fake.channelId}/messages`);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(reply.body.embeds[0].title).toMatch(/Xi–Putin events/);
    const replies = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${fake.channelId}/messages`);
    expect(replies).toHaveLength(1);
  });

  it('answers a DM in place', async () => {
    fake.addChannel('800000000000000099');
    message(fake, 'help', { dm: true });
    const sent = await fake.waitFor(() => fake.requests.find((r) => r.method === 'POST' && r.path === '/channels/800000000000000099/messages'), 'the DM answer');
    expect(sent.body.message_reference).toBeUndefined();
    expect(sent.body.embeds[0].title).toMatch(/Summit knows/);
  });

  it('retries a message create that got a 429 and delivers it once', async () => {
    fake.fail({
      method: 'POST', path: /^\/channels\/\d+\/messages$/, status: 429,
      body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      headers: { 'retry-after': '0.2', 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': '0.2', 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user' },
    });
    const before = fake.messages.get(fake.channelId)!.length;
    retries.length = 0;
    const asked = message(fake, `<@${fake.botUser.id}> today 06-05`, { mentionBot: true });
    const attempts = (): RecordedRequest[] => fake.requests.filter((r) => r.body?.message_reference?.message_id === asked.id);
    await fake.waitFor(() => attempts().find((r) => r.status === 200), 'the retried post');
    expect(attempts().map((r) => r.status)).toEqual([429, 200]);
    expect(fake.messages.get(fake.channelId)!.length).toBe(before + 1);
    expect(retries).toContain('discord:rate-limited');
  });

  it('survives a gateway close with a resumable code: resumes, replays what it missed, and answers', async () => {
    const identifies = fake.frames.filter((f) => f.op === 2).length;
    fake.closeGateway(4000);
    await fake.waitFor(() => fake.liveConnections(0) === 0, 'the close');
    // Dispatched while the client is away: Discord keeps it for the resumed session.
    const { id } = slash(fake, 'help');
    await fake.waitFor(() => fake.frames.find((f) => f.op === 6), 'RESUME');
    const callback = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the answer after resume');
    expect(callback.body.type).toBe(4);
    expect(fake.frames.filter((f) => f.op === 2)).toHaveLength(identifies);
    expect(fake.frames.filter((f) => f.op === 1).length).toBeGreaterThan(0);
  });

  it('pages in place: the next-page button updates the message with the command from its footer', async () => {
    const embeds = [{ title: 'Page 1', footer: { text: 'Next page: timeline all page:2' } }];
    const { id } = click(fake, 'summit:next', { id: '900000000000099999', embeds, components: [] });
    const callback = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the update');
    expect(callback.body.type).toBe(7);
    expect(callback.body.data.embeds[0].title).toMatch(/events/);
  });

  it('suggests event ids and time zones while the user types', async () => {
    const { id } = slash(fake, 'event', { id: 'moscow' }, { focused: 'id' });
    const events = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'event choices');
    expect(events.body.type).toBe(8);
    expect(events.body.data.choices.length).toBeGreaterThan(0);
    expect(events.body.data.choices[0].name).toMatch(/Moscow/);
    const zone = slash(fake, 'subscribe', { zone: 'berl' }, { group: 'digest', focused: 'zone' });
    const zones = await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${zone.id}/`)), 'zone choices');
    expect(zones.body.data.choices[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });

  it('turns a slow problem into an ephemeral follow-up after removing the public loading message', async () => {
    const release = bot.hold();
    const { id, token } = slash(fake, 'event', { id: 'no-such-event' });
    await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the defer');
    release();
    const followUp = await fake.waitFor(() => fake.requests.find((r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${token}`), 'the follow-up');
    expect(followUp.body.flags & 64).toBe(64);
    expect(followUp.body.content).toMatch(/No event has the id/);
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === `/webhooks/${fake.applicationId}/${token}/messages/@original`)).toBe(true);
  });

  it('tolerates an interaction that was already acknowledged elsewhere (40060), without an error', async () => {
    const { id, payload } = slash(fake, 'help');
    await fake.waitFor(() => fake.requests.find((r) => r.path.startsWith(`/interactions/${id}/`)), 'the first answer');
    // The same interaction delivered again, as a second replica on the same shard would get it.
    fake.dispatch('INTERACTION_CREATE', payload);
    await fake.waitFor(() => logger.lines.find((l) => l.msg === 'discord interaction answered elsewhere'), 'the warning');
    expect(fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`)).map((r) => r.status)).toEqual([204, 400]);
  });
});
