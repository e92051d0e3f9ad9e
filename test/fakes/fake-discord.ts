/** A fake of Discord on 127.0.0.1: the REST routes Summit uses and a gateway (HELLO, IDENTIFY, READY, RESUME, heartbeats). */
/* eslint-disable @typescript-eslint/no-explicit-any -- recorded JSON bodies are asserted on field by field; typing each route would only restate the API docs */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  readonly method: string;
  /** Without the `/api/v10` prefix, e.g. `/channels/1/messages`. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: any;
  /** The status the fake answered with. */
  readonly status: number;
}

export interface GatewayFrame {
  readonly op: number;
  readonly d: any;
  readonly socket: number;
}

export interface Failure {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Record<string, string>;
  times: number;
}

interface Session {
  readonly id: string;
  readonly shard: readonly [number, number];
  seq: number;
  readonly log: { s: number; t: string; d: unknown }[];
  socket: WebSocket | null;
}

export interface FakeDiscordOptions {
  readonly token?: string;
  readonly shards?: number;
  readonly heartbeatMs?: number;
}

const GUILD_ID = '800000000000000001';
const CHANNEL_ID = '800000000000000002';
let lastId = 0n;
/** Time-ordered like Discord's: `after=<snowflake of a date>` lists what was created since. */
export const snowflake = (): string => {
  const now = (BigInt(Date.now()) - 1420070400000n) << 22n;
  lastId = now > lastId ? now : lastId + 1n;
  return String(lastId);
};

export async function createFakeDiscord(options: FakeDiscordOptions = {}) {
  const token = options.token ?? 'fake-token';
  const shardCount = options.shards ?? 1;
  const botUser = { id: '700000000000000001', username: 'Summit', discriminator: '0', avatar: null, global_name: null, bot: true };
  const applicationId = botUser.id;
  const changes = new EventEmitter();
  const requests: RecordedRequest[] = [];
  const frames: GatewayFrame[] = [];
  const failures: Failure[] = [];
  const messages = new Map<string, any[]>([[CHANNEL_ID, []]]);
  const sessions = new Map<string, Session>();
  const openSockets = new Map<WebSocket, number>();
  const callbacks = new Map<string, number>();
  let commands: unknown[] = [];
  let socketCount = 0;
  /** The most open, identified gateway connections ever seen at once per shard: what the lease must keep at 1. */
  const maxLivePerShard = new Map<number, number>();

  const guild = {
    id: GUILD_ID, name: 'Fixture Server', icon: null, owner_id: '600000000000000001', afk_channel_id: null, afk_timeout: 300,
    verification_level: 0, default_message_notifications: 0, explicit_content_filter: 0, features: [], mfa_level: 0,
    system_channel_id: null, system_channel_flags: 0, rules_channel_id: null, vanity_url_code: null, description: null, banner: null,
    premium_tier: 0, preferred_locale: 'en-US', public_updates_channel_id: null, nsfw_level: 0, premium_progress_bar_enabled: false,
    emojis: [], stickers: [], roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '68608', managed: false, mentionable: false, flags: 0 }],
    joined_at: '2024-01-01T00:00:00.000Z', large: false, unavailable: false, member_count: 2, voice_states: [], members: [], presences: [],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [], parent_id: null, nsfw: false, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
    threads: [], stage_instances: [], guild_scheduled_events: [], soundboard_sounds: [],
  };
  const shardOf = (guildId: string | null): number => (guildId ? Number((BigInt(guildId) >> 22n) % BigInt(shardCount)) : 0);
  const changed = (): boolean => changes.emit('change');

  const message = (channelId: string, body: any, extra: Record<string, unknown> = {}) => ({
    id: snowflake(), channel_id: channelId, author: botUser, content: body?.content ?? '', timestamp: new Date().toISOString(),
    edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [],
    embeds: body?.embeds ?? [], components: body?.components ?? [], pinned: false, type: 0, flags: body?.flags ?? 0, ...extra,
  });

  function route(method: string, path: string, query: URLSearchParams, body: any): { status: number; json?: unknown } {
    const messagesAt = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'GET' && path === '/gateway/bot') {
      return { status: 200, json: { url: `ws://127.0.0.1:${port}/gateway`, shards: shardCount, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'GET' && path === '/users/@me') return { status: 200, json: botUser };
    if (method === 'GET' && path === '/applications/@me') return { status: 200, json: { id: applicationId, name: 'Summit', flags: 0, bot_public: true } };
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      commands = (body as any[]).map((c) => ({ id: snowflake(), application_id: applicationId, version: '1', ...c }));
      return { status: 200, json: commands };
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (method === 'POST' && callback) {
      // A second initial response is what another replica sending one first would look like: 40060.
      if (callbacks.has(callback[1]!)) return { status: 400, json: { code: 40060, message: 'Interaction has already been acknowledged.' } };
      callbacks.set(callback[1]!, body.type);
      return { status: 204 };
    }
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) {
      if (method === 'DELETE') return { status: 204 };
      return { status: 200, json: message(CHANNEL_ID, body) };
    }
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return { status: 200, json: message(CHANNEL_ID, body) };
    if (messagesAt) {
      const list = messages.get(messagesAt[1]!);
      if (!list) return { status: 404, json: { code: 10003, message: 'Unknown Channel' } };
      if (method === 'GET') {
        const after = BigInt(query.get('after') ?? '0');
        // Real history carries no nonce: it only comes back on create and in MESSAGE_CREATE.
        return { status: 200, json: list.filter((m) => BigInt(m.id) > after).reverse().map(({ nonce: _n, ...m }) => m) };
      }
      const same = body.enforce_nonce && body.nonce !== undefined ? list.find((m) => m.nonce === body.nonce) : undefined;
      if (same) return { status: 200, json: same };
      const created = message(messagesAt[1]!, body, body.nonce !== undefined ? { nonce: body.nonce } : {});
      list.push(created);
      return { status: 200, json: created };
    }
    return { status: 404, json: { code: 0, message: '404: Not Found' } };
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
      const text = Buffer.concat(chunks).toString('utf8');
      const body = text ? JSON.parse(text) : undefined;
      const method = req.method ?? 'GET';
      const failure = failures.find((f) => f.times > 0 && f.method === method && f.path.test(path));
      let answer: { status: number; json?: unknown; headers?: Record<string, string> };
      if (failure) {
        failure.times--;
        answer = { status: failure.status, json: failure.body, ...(failure.headers ? { headers: failure.headers } : {}) };
      } else {
        answer = route(method, path, url.searchParams, body);
      }
      requests.push({ method, path, query: url.searchParams, body, status: answer.status });
      res.writeHead(answer.status, { ...(answer.json !== undefined ? { 'content-type': 'application/json' } : {}), ...answer.headers });
      res.end(answer.json !== undefined ? JSON.stringify(answer.json) : undefined);
      changed();
    });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!/^\/(gateway|resume)/.test(req.url ?? '')) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws));
  });
  const send = (ws: WebSocket, payload: unknown): void => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  };
  const live = (shard: number): number => [...openSockets.values()].filter((s) => s === shard).length;
  const emitTo = (session: Session, t: string, d: unknown): void => {
    const s = ++session.seq;
    session.log.push({ s, t, d });
    if (session.socket) send(session.socket, { op: 0, t, s, d });
  };
  const attach = (session: Session, ws: WebSocket): void => {
    session.socket = ws;
    openSockets.set(ws, session.shard[0]);
    maxLivePerShard.set(session.shard[0], Math.max(maxLivePerShard.get(session.shard[0]) ?? 0, live(session.shard[0])));
  };

  wss.on('connection', (ws: WebSocket) => {
    const socket = ++socketCount;
    ws.on('close', () => {
      openSockets.delete(ws);
      for (const session of sessions.values()) if (session.socket === ws) session.socket = null;
      changed();
    });
    ws.on('message', (raw) => {
      const { op, d } = JSON.parse(String(raw)) as { op: number; d: any };
      frames.push({ op, d, socket });
      if (op === 1) send(ws, { op: 11 });
      if (op === 2) {
        if (d.token !== token) return ws.close(4004, 'Authentication failed');
        const session: Session = { id: `session-${socket}`, shard: d.shard ?? [0, 1], seq: 0, log: [], socket: null };
        sessions.set(session.id, session);
        attach(session, ws);
        const mine = shardOf(GUILD_ID) === session.shard[0] ? [guild] : [];
        emitTo(session, 'READY', {
          v: 10, user: botUser, guilds: mine.map((g) => ({ id: g.id, unavailable: true })), session_id: session.id,
          resume_gateway_url: `ws://127.0.0.1:${port}/resume`, shard: session.shard, application: { id: applicationId, flags: 0 },
        });
        for (const g of mine) emitTo(session, 'GUILD_CREATE', g);
      }
      if (op === 6) {
        const session = sessions.get(d.session_id);
        if (!session) return send(ws, { op: 9, d: false });
        attach(session, ws);
        // Everything dispatched while the client was away is replayed in order, then RESUMED.
        for (const entry of session.log.filter((e) => e.s > d.seq)) send(ws, { op: 0, t: entry.t, s: entry.s, d: entry.d });
        emitTo(session, 'RESUMED', {});
      }
      changed();
    });
    send(ws, { op: 10, d: { heartbeat_interval: options.heartbeatMs ?? 41_250 } });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  /** The newest identified session of a shard (the one a replica's client is using). */
  const sessionOf = (shard: number): Session | undefined => [...sessions.values()].filter((s) => s.shard[0] === shard).at(-1);

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    token, botUser, applicationId, guildId: GUILD_ID, channelId: CHANNEL_ID,
    requests, frames, messages, maxLivePerShard,
    commands: () => commands,
    /** Adds a text channel the bot can post in (digest tests). */
    addChannel(id: string): void {
      messages.set(id, []);
    },
    fail(failure: Omit<Failure, 'times'> & { times?: number }): void {
      failures.push({ ...failure, times: failure.times ?? 1 });
    },
    /** Sends a dispatch to the shard that owns the guild (DMs: shard 0); kept for replay if that shard is away. */
    dispatch(t: string, d: { readonly guild_id?: string | null } & Record<string, unknown>): void {
      const session = sessionOf(shardOf(d.guild_id ?? null));
      if (!session) throw new Error(`no gateway session for ${t}`);
      emitTo(session, t, d);
    },
    /** Closes the shard's current connection from the server side with `code`. */
    closeGateway(code: number, shard = 0): void {
      const session = sessionOf(shard);
      session?.socket?.close(code, 'closed by the fake');
    },
    liveConnections: live,
    /** Resolves with the first truthy value of `probe`, re-checked on every request and gateway frame. */
    waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const value = probe();
          if (!value) return;
          changes.off('change', check);
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          changes.off('change', check);
          reject(new Error(`fake Discord: timed out waiting for ${what}`));
        }, timeoutMs);
        changes.on('change', check);
        check();
      });
    },
    async close(): Promise<void> {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof createFakeDiscord>>;
