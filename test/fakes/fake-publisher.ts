/** A DigestPublisher that behaves like a platform with faults on demand, and counts every message it "shows" per key. */
import { BotError } from '../../src/errors.js';
import type { DigestPost, DigestPublisher, Platform, PublishResult } from '../../src/ports.js';

export interface FakePost {
  readonly key: string;
  readonly channelId: string;
  readonly localDate: string;
  readonly headline: string;
  readonly messageId: string;
  readonly at: Date;
}

export interface FakePublisher extends DigestPublisher {
  readonly posts: FakePost[];
  /** Messages shown per digest key: the figure that must be 1. */
  count(key: string): number;
  /** The next `n` publish calls throw platform_send_failed without posting (a 5xx, a refused connection). */
  failNext(n: number): void;
  /** The next `n` publish calls post, then throw platform_send_failed (the response was lost on the way back). */
  loseResponseNext(n: number): void;
  /** Publishing to this channel reports it gone (deleted, or the bot removed). */
  removeChannel(channelId: string, reason?: string): void;
  /** publish waits until `release()`: a post in flight, for shutdown and lease tests. */
  hold(): { readonly started: Promise<void>; release(): void };
  readonly calls: { publish: number; findPosted: number };
}

export function createFakePublisher(platform: Platform = 'slack', now: () => Date = () => new Date()): FakePublisher {
  const posts: FakePost[] = [];
  const gone = new Map<string, string>();
  const calls = { publish: 0, findPosted: 0 };
  let failing = 0;
  let losing = 0;
  let gate: { started: () => void; wait: Promise<void> } | null = null;

  return {
    platform,
    posts,
    calls,
    count: (key) => posts.filter((p) => p.key === key).length,
    failNext(n) {
      failing = n;
    },
    loseResponseNext(n) {
      losing = n;
    },
    removeChannel(channelId, reason = 'channel_not_found') {
      gone.set(channelId, reason);
    },
    hold() {
      let started!: () => void;
      let release!: () => void;
      const startedPromise = new Promise<void>((resolve) => (started = resolve));
      const wait = new Promise<void>((resolve) => (release = resolve));
      gate = { started, wait };
      return { started: startedPromise, release };
    },
    async publish(post: DigestPost): Promise<PublishResult> {
      calls.publish += 1;
      if (gate) {
        const current = gate;
        gate = null;
        current.started();
        await current.wait;
      }
      const reason = gone.get(post.channel.channelId);
      if (reason) return { kind: 'channel-gone', reason };
      if (failing > 0) {
        failing -= 1;
        throw new BotError('platform_send_failed', 'fake platform: 503 Service Unavailable');
      }
      const messageId = `m${posts.length + 1}`;
      posts.push({ key: post.key, channelId: post.channel.channelId, localDate: post.localDate, headline: post.answer.headline, messageId, at: now() });
      if (losing > 0) {
        losing -= 1;
        throw new BotError('platform_send_failed', 'fake platform: connection reset after the post was accepted');
      }
      return { kind: 'posted', messageId };
    },
    async findPosted(post, since) {
      calls.findPosted += 1;
      const found = posts.find((p) => p.key === post.key && p.at.getTime() >= since.getTime());
      return found?.messageId ?? null;
    },
  };
}
