/** What the core and the edges need from outside, as small role interfaces. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Answer } from './answer/answer.js';
import type { IsoDate } from './domain.js';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** The calendar day "now", in UTC unless a caller says otherwise; injected so the core never reads the wall clock. */
export interface Clock {
  today(): IsoDate;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The chat platforms a digest can be posted to; `console` is the local adapter (digests print to its output). */
export type Platform = 'slack' | 'discord' | 'console';

/** One channel on one platform: what a subscription, a ledger row and a digest post are keyed by. */
export interface ChannelRef {
  readonly platform: Platform;
  /** Slack team id, Discord guild id; null for DMs and the console. */
  readonly workspaceId: string | null;
  readonly channelId: string;
}

/** Who asked, and where: what `digest …` commands need beyond the text. Adapters build it from the platform event. */
export interface ChatContext {
  /** Names the surface in log lines and metrics. */
  readonly surface: Platform | 'cli';
  readonly channel: ChannelRef;
  readonly userId?: string;
  /** The platform's word on whether this user may change the channel's digest (Discord: Manage Channels; Slack: admin or allow-list). */
  readonly canManageDigest: boolean;
}

/** A digest ready to post: `key` names (subscription, local date) and is what the platform remembers it by. */
export interface DigestPost {
  readonly key: string;
  readonly channel: ChannelRef;
  /** The subscriber's calendar day the digest is for, `YYYY-MM-DD`. */
  readonly localDate: IsoDate;
  readonly answer: Answer;
}

export type PublishResult =
  | { readonly kind: 'posted'; readonly messageId: string }
  /** The channel is gone or the bot was removed: the scheduler disables the subscription and logs the reason. */
  | { readonly kind: 'channel-gone'; readonly reason: string };

/**
 * What the scheduler needs from an adapter. `publish` must not retry on its own where a retry could post twice
 * (the scheduler retries with backoff after asking `findPosted`); a transient failure throws BotError('platform_send_failed').
 */
export interface DigestPublisher {
  readonly platform: Platform;
  publish(post: DigestPost): Promise<PublishResult>;
  /** The message id of a post with this key made since `since`, or null: asked before re-posting a claim whose owner died. */
  findPosted(post: DigestPost, since: Date): Promise<string | null>;
}

/** Remembers platform event ids so a retried or doubly delivered event is handled once (across replicas with PostgreSQL). */
export interface EventDeduper {
  /** True the first time `key` is seen within `ttlMs`; false for every later call. */
  firstSeen(key: string, ttlMs: number): Promise<boolean>;
}

/** Opaque per-workspace installation records (Slack OAuth), kept as JSON text by the store. */
export interface InstallationVault {
  save(key: string, json: string): Promise<void>;
  find(key: string): Promise<string | null>;
  remove(key: string): Promise<void>;
}

/** A named, time-limited lock owned by one process: Discord shard ownership across replicas. */
export interface LeaseKeeper {
  /** Takes the lease if free, expired or already ours (then it is extended); false while another live owner holds it. */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
}

/** What `main` starts and stops: one per configured platform. `ready` feeds /readyz. */
export interface PlatformAdapter {
  readonly name: Platform;
  start(): Promise<void>;
  /** Stops taking new work, lets in-flight answers finish, then disconnects. */
  stop(): Promise<void>;
  isReady(): boolean;
  readonly publisher?: DigestPublisher;
}

/** The one HTTP server of the process (PORT): an adapter that takes HTTP requests mounts its routes here. */
export interface HttpMount {
  /** Requests whose path starts with `prefix` (e.g. `/slack/`) go to `listener`; the server owns listen and close. */
  mount(prefix: string, listener: (req: IncomingMessage, res: ServerResponse) => void): void;
}

/**
 * Counters the edges report; main puts prom-client behind it (src/metrics). Adapters and the scheduler take it as an
 * optional dep and default to `noopMetrics`, so tests need no registry.
 */
export interface Metrics {
  /** One answered question or command; `kind` is the command kind (ask, search, digest…), `seconds` from text to Answer. */
  answered(surface: ChatContext['surface'], kind: string, seconds: number): void;
  /** `caught-up`: posted after its due minute (a restart or outage delayed it); counted in addition to `posted`. */
  digest(platform: Platform, outcome: 'posted' | 'caught-up' | 'failed'): void;
  /** A request to the platform repeated after a 429, 5xx or network error (reason: `rate-limited`, `server-error`, `network`). */
  platformRetry(platform: Platform, reason: string): void;
}

export const noopMetrics: Metrics = { answered() {}, digest() {}, platformRetry() {} };
