/** Socket Mode: the real Bolt app opens its connection through the fake Web API and answers an envelope on a loopback ws server. */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { createSlackAdapter, type SlackAdapter } from '../../../adapters/slack/index.js';
import type { Answer } from '../../../src/answer/answer.js';
import type { Bot } from '../../../src/bot.js';
import { startFakeSlackApi, type FakeSlackApi } from '../../fakes/fake-slack-api.js';
import { recordingLogger } from '../../fakes/recording-logger.js';
import { memoryDeduper, memoryVault } from './memory-ports.js';

const answer: Answer = { kind: 'search', headline: 'hits for gas', items: [], followUps: [], data: { hits: [], total: 0 } };
const bot: Bot = { answer: () => answer, handle: async () => answer };
let api: FakeSlackApi;
let wss: WebSocketServer;
let adapter: SlackAdapter;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  api = await startFakeSlackApi();
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  wss.on('connection', (socket) => {
    sockets.push(socket);
    socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: { host: 'fake' } }));
  });
  api.setSocketUrl(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}/`);
  adapter = createSlackAdapter(
    { botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: api.url, command: '/summit', digestAdmins: [] },
    { bot, logger: recordingLogger(), dedupe: memoryDeduper(), installations: memoryVault() },
  );
  await adapter.start();
});
afterAll(async () => {
  await adapter.stop();
  for (const socket of sockets) socket.terminate();
  await new Promise((resolve) => wss.close(resolve));
  await api.close();
});

it('connects with the app token through SLACK_API_URL and answers /summit in the envelope ack', async () => {
  expect(adapter.isReady()).toBe(true);
  expect(adapter.port()).toBeNull();
  expect(api.callsTo('apps.connections.open')[0]?.token).toBe('xapp-test');
  const socket = sockets[0]!;
  const reply = new Promise<{ envelope_id: string; payload?: { text?: string; response_type?: string } }>((resolve) => {
    socket.on('message', (data) => resolve(JSON.parse(String(data))));
  });
  socket.send(JSON.stringify({
    envelope_id: 'env-1', type: 'slash_commands', accepts_response_payload: true,
    payload: { command: '/summit', text: 'search gas', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: api.responseUrl('socket') },
  }));
  const acked = await reply;
  expect(acked.envelope_id).toBe('env-1');
  expect(acked.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('hits for gas') });
});
