/** Handlers against narrow fakes of the few client members they use (no Bolt, no HTTP). */
import { describe, expect, it } from 'vitest';
import { createMentionHandler } from '../../../adapters/slack/answer-message.js';
import { createMoreHandler } from '../../../adapters/slack/button-actions.js';
import { createChatContexts } from '../../../adapters/slack/chat-context.js';
import { dedupeEvents } from '../../../adapters/slack/dedupe-events.js';
import { botTokenFor, createVaultInstallationStore } from '../../../adapters/slack/installation-store.js';
import { createSlashCommand } from '../../../adapters/slack/slash-command.js';
import type { SlackWeb } from '../../../adapters/slack/slack-web.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { Bot } from '../../../src/bot.js';
import type { ChatContext } from '../../../src/ports.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { memoryDeduper, memoryVault } from './memory-ports.js';

const answerFor = (text: string): Answer => ({ kind: 'search', headline: `hits for ${text}`, items: [], followUps: [], data: { hits: [], total: 0 } });
function fakeBot(delayMs = 0): Bot & { contexts: ChatContext[] } {
  const contexts: ChatContext[] = [];
  return {
    contexts,
    answer: answerFor,
    async handle(text, context) {
      contexts.push(context);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      if (text === 'boom') throw new Error('boom');
      return answerFor(text);
    },
  };
}
function fakeWeb(): SlackWeb & { sent: { kind: string; args: Record<string, unknown> }[] } {
  const sent: { kind: string; args: Record<string, unknown> }[] = [];
  return {
    sent,
    chat: {
      postMessage: async (args) => (sent.push({ kind: 'post', args: { ...args } }), { ts: '1.1' }),
      postEphemeral: async (args) => sent.push({ kind: 'ephemeral', args: { ...args } }),
    },
    views: { publish: async (args) => sent.push({ kind: 'home', args: { ...args } }) },
  };
}
const contexts = (admins: string[] = [], isAdmin = false) =>
  createChatContexts({ admins, logger: recordingLogger(), lookup: async () => ({ is_admin: isAdmin }) });

describe('slash command', () => {
  const payload = { text: 'search gas', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: 'https://hooks.example/r' };

  it('acks with the answer when the engine is inside the budget, and calls response_url not at all', async () => {
    const acks: unknown[] = [];
    const responded: unknown[] = [];
    const handler = createSlashCommand({ bot: fakeBot(), contexts: contexts(), command: '/summit', logger: recordingLogger(), ackBudgetMs: 500, respond: async (_u, p) => void responded.push(p) });
    await handler({ command: payload, ack: async (body) => void acks.push(body) });
    expect(acks).toHaveLength(1);
    expect(acks[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('hits for search gas') });
    expect(responded).toEqual([]);
  });

  it('acks "Looking that up…" past the budget and then answers through response_url', async () => {
    const acks: unknown[] = [];
    const responded: { url: string; payload: unknown }[] = [];
    const handler = createSlashCommand({ bot: fakeBot(80), contexts: contexts(), command: '/summit', logger: recordingLogger(), ackBudgetMs: 10, respond: async (url, p) => void responded.push({ url, payload: p }) });
    await handler({ command: payload, ack: async (body) => void acks.push(body) });
    expect(acks).toEqual([{ response_type: 'ephemeral', text: 'Looking that up…' }]);
    expect(responded[0]).toMatchObject({ url: 'https://hooks.example/r', payload: { replace_original: true, text: expect.stringContaining('hits for') } });
  });

  it('logs a failure once and answers with a short apology', async () => {
    const logger = recordingLogger();
    const acks: { text?: string }[] = [];
    const handler = createSlashCommand({ bot: fakeBot(), contexts: contexts(), command: '/summit', logger, ackBudgetMs: 500, respond: async () => undefined });
    await handler({ command: { ...payload, text: 'boom' }, ack: async (body) => void acks.push(body as { text?: string }) });
    expect(acks[0]?.text).toMatch(/^Sorry/);
    expect(logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(logger.lines[0]?.fields).toMatchObject({ code: 'internal' });
  });
});

describe('mentions', () => {
  it('answers in a thread under the mention, and help privately so it never floods the channel', async () => {
    const web = fakeWeb();
    const handler = createMentionHandler({ bot: fakeBot(), contexts: contexts(), command: '/summit', logger: recordingLogger() });
    await handler({ event: { text: '<@UBOT> search gas', user: 'U1', channel: 'C1', ts: '10.1' }, client: web, teamId: 'T1' });
    await handler({ event: { text: '<@UBOT> help', user: 'U1', channel: 'C1', ts: '10.2', thread_ts: '9.0' }, client: web, teamId: 'T1' });
    expect(web.sent.map((s) => [s.kind, s.args.thread_ts])).toEqual([['post', '10.1'], ['ephemeral', '9.0']]);
    expect(web.sent[0]!.args).toMatchObject({ unfurl_links: false, text: expect.stringContaining('hits for search gas') });
  });

  it('ignores bot posts and edits', async () => {
    const web = fakeWeb();
    const handler = createMentionHandler({ bot: fakeBot(), contexts: contexts(), command: '/summit', logger: recordingLogger() });
    await handler({ event: { text: 'x', user: 'U1', channel: 'C1', ts: '1', bot_id: 'B1' }, client: web, teamId: 'T1' });
    await handler({ event: { text: 'x', user: 'U1', channel: 'C1', ts: '1', subtype: 'message_changed' }, client: web, teamId: 'T1' });
    expect(web.sent).toEqual([]);
  });
});

describe('who may change a digest', () => {
  const asker = { teamId: 'T1', channelId: 'C1', userId: 'U9', needsPermission: true };
  it('allows workspace admins (users.info) and the SLACK_DIGEST_ADMINS list, nobody else', async () => {
    expect((await contexts([], true).build(asker)).canManageDigest).toBe(true);
    expect((await contexts(['U9'], false).build(asker)).canManageDigest).toBe(true);
    expect((await contexts([], false).build(asker)).canManageDigest).toBe(false);
  });
  it('asks users.info only for digest commands, caches it, and fails closed', async () => {
    let lookups = 0;
    const built = createChatContexts({ admins: [], logger: recordingLogger(), lookup: async () => (lookups += 1, { is_owner: true }) });
    await built.build({ ...asker, needsPermission: false });
    expect(lookups).toBe(0);
    await built.build(asker);
    await built.build(asker);
    expect(lookups).toBe(1);
    const failing = createChatContexts({ admins: [], logger: recordingLogger(), lookup: async () => { throw new Error('down'); } });
    expect((await failing.build(asker)).canManageDigest).toBe(false);
  });
});

describe('event dedupe middleware', () => {
  it('lets an event_id through once, always passes payloads without one, and fails open when the store is down', async () => {
    let passed = 0;
    const next = async () => void (passed += 1);
    const middleware = dedupeEvents(memoryDeduper(), recordingLogger());
    await middleware({ body: { event_id: 'Ev1' }, context: {}, next });
    await middleware({ body: { event_id: 'Ev1' }, context: { retryNum: 1 }, next });
    await middleware({ body: { command: '/summit' }, context: {}, next });
    expect(passed).toBe(2);
    const broken = dedupeEvents({ firstSeen: async () => { throw new Error('db down'); } }, recordingLogger());
    await broken({ body: { event_id: 'Ev2' }, context: {}, next });
    expect(passed).toBe(3);
  });
});

describe('OAuth installations in the vault', () => {
  it('stores per workspace, finds the bot token, and throws for a workspace that never installed', async () => {
    const vault = memoryVault();
    const store = createVaultInstallationStore(vault);
    await store.storeInstallation({ team: { id: 'T7' }, enterprise: undefined, user: { id: 'U1', token: undefined, scopes: undefined }, bot: { token: 'xoxb-t7', scopes: [], id: 'B', userId: 'UB' }, isEnterpriseInstall: false } as never);
    expect([...vault.records.keys()]).toEqual(['slack:team:T7']);
    expect(await botTokenFor(store, 'T7')).toBe('xoxb-t7');
    await expect(store.fetchInstallation({ teamId: 'T8', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(/not installed/);
    await store.deleteInstallation?.({ teamId: 'T7', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(vault.records.size).toBe(0);
  });
});

describe('More button', () => {
  const body = (ephemeral: boolean) => ({ user: { id: 'U1' }, team: { id: 'T1' }, channel: { id: 'C1' }, container: { is_ephemeral: ephemeral }, response_url: 'https://hooks.example/a' });
  it('replaces a private answer with the next page, sends it privately under a visible one, and never replays digest commands', async () => {
    const responded: Record<string, unknown>[] = [];
    const bot = fakeBot();
    const more = createMoreHandler({ bot, contexts: contexts(), command: '/summit', logger: recordingLogger(), respond: async (_u, p) => void responded.push(p as Record<string, unknown>) });
    let acks = 0;
    const ack = async () => void (acks += 1);
    await more({ ack, body: body(true), value: 'search gas page:2' });
    await more({ ack, body: body(false), value: 'search gas page:3' });
    await more({ ack, body: body(true), value: 'digest unsubscribe' });
    expect(acks).toBe(3);
    expect(responded.map((r) => [r.response_type, r.replace_original])).toEqual([['ephemeral', true], ['ephemeral', false]]);
    expect(String(responded[0]!.text)).toContain('search gas page:2');
    expect(bot.contexts).toHaveLength(2);
  });
});

