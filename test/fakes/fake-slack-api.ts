/**
 * A local fake of the Slack Web API on 127.0.0.1 (`slackApiUrl: api.url`): records every call, answers the methods Summit
 * uses, keeps posted messages (with metadata) for conversations.history, and can 429 with Retry-After or reset the
 * connection after accepting a post. Also serves response_url endpoints under /respond/<id>.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | null;
  readonly at: number;
}
export interface Responded {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

interface StoredMessage {
  readonly ts: string;
  readonly channel: string;
  readonly text: string;
  readonly metadata?: unknown;
}

type Fault = { kind: 'rate-limit'; retryAfter: number } | { kind: 'reset' } | { kind: 'error'; error: string };

export interface FakeSlackApi {
  readonly url: string;
  readonly calls: ApiCall[];
  readonly responded: Responded[];
  responseUrl(id: string): string;
  callsTo(method: string): ApiCall[];
  /** The next `times` calls to `method` fail this way (in order of calls). */
  fail(method: string, fault: Fault, times?: number): void;
  setUser(id: string, user: { is_admin?: boolean; is_owner?: boolean }): void;
  /** What apps.connections.open hands out (Socket Mode): a loopback ws:// server the test runs. */
  setSocketUrl(url: string): void;
  /** Resolves once `predicate` holds (checked on every call); for replies that follow an ack asynchronously. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    // The WebClient sends objects and arrays (blocks, metadata) as JSON strings inside the form.
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export async function startFakeSlackApi(): Promise<FakeSlackApi> {
  const calls: ApiCall[] = [];
  const responded: Responded[] = [];
  const faults = new Map<string, Fault[]>();
  const users = new Map<string, { is_admin?: boolean; is_owner?: boolean }>();
  const messages: StoredMessage[] = [];
  const waiters = new Set<() => void>();
  let socketUrl: string | null = null;
  let clock = 0;
  // Real Slack stamps messages with the current time, and findPosted searches from a real time: so does the fake.
  const nextTs = (): string => {
    clock = Math.max(clock + 0.000001, Date.now() / 1000);
    return clock.toFixed(6);
  };
  const notify = (): void => {
    for (const waiter of [...waiters]) waiter();
  };

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://fake.slack/' };
      case 'chat.postMessage': {
        const message: StoredMessage = { ts: nextTs(), channel: String(args.channel), text: String(args.text ?? ''), ...(args.metadata ? { metadata: args.metadata } : {}) };
        messages.push(message);
        return { ok: true, channel: message.channel, ts: message.ts };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'users.info': {
        const user = users.get(String(args.user)) ?? {};
        return { ok: true, user: { id: args.user, ...user } };
      }
      case 'conversations.history': {
        const oldest = Number(args.oldest ?? 0);
        const withMetadata = args.include_all_metadata === true || args.include_all_metadata === 'true';
        const found = messages
          .filter((m) => m.channel === args.channel && Number(m.ts) > oldest)
          .reverse()
          .map((m) => ({ type: 'message', ts: m.ts, text: m.text, ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}) }));
        return { ok: true, messages: found, has_more: false };
      }
      case 'oauth.v2.access':
        // What Slack answers for a bot install of workspace T9 (the code is not checked: the fake trusts the test).
        return {
          ok: true, app_id: 'A1', access_token: 'xoxb-oauth-t9', token_type: 'bot', scope: 'chat:write,commands', bot_user_id: 'UBOT9',
          team: { id: 'T9', name: 'Nine' }, enterprise: null, is_enterprise_install: false, authed_user: { id: 'U1' },
        };
      case 'apps.connections.open':
        return socketUrl ? { ok: true, url: socketUrl } : { ok: false, error: 'no_socket_server' };
      case 'conversations.join':
      case 'views.publish':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const body = await readBody(req);
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      if (path.startsWith('/respond/')) {
        responded.push({ id: path.slice('/respond/'.length), body, at: Date.now() });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        notify();
        return;
      }
      const method = path.replace(/^\/api\//, '');
      const auth = req.headers.authorization;
      calls.push({ method, args: body, token: auth?.startsWith('Bearer ') ? auth.slice(7) : typeof body.token === 'string' ? body.token : null, at: Date.now() });
      const fault = faults.get(method)?.shift();
      if (fault?.kind === 'rate-limit') {
        res.writeHead(429, { 'retry-after': String(fault.retryAfter), 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      } else if (fault?.kind === 'reset') {
        // Slack accepted the post, then the connection died before the response: the lost-response case.
        answer(method, body);
        req.socket.destroy();
      } else if (fault?.kind === 'error') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, error: fault.error }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(method, body)));
      }
      notify();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}/api/`,
    calls,
    responded,
    responseUrl: (id) => `${base}/respond/${id}`,
    callsTo: (method) => calls.filter((c) => c.method === method),
    fail(method, fault, times = 1) {
      const list = faults.get(method) ?? [];
      for (let i = 0; i < times; i += 1) list.push(fault);
      faults.set(method, list);
    },
    setUser: (id, user) => void users.set(id, user),
    setSocketUrl: (url) => {
      socketUrl = url;
    },
    waitFor(predicate, timeoutMs = 5000) {
      if (predicate()) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('fake Slack: the expected calls never came'));
        }, timeoutMs);
        const check = (): void => {
          if (!predicate()) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** Slack's special forms a client would turn into a notification or a disguised link: `<!…>`, `<@…>`, `<#…>`, `<url|…>`. */
export function liveMentions(text: string): string[] {
  return text.match(/<[!@#][^>]*>|<https?:[^>]*>/g) ?? [];
}

/** Every text Slack would parse in a message payload: top-level text and each block's text and elements. */
export function payloadTexts(payload: Record<string, unknown>): string[] {
  const texts: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'text' && typeof inner === 'string') texts.push(inner);
        else walk(inner);
      }
    }
  };
  walk({ text: payload.text, blocks: payload.blocks });
  return texts;
}
