/** One scheduler run: every enabled subscription's due dates are claimed in the ledger, posted once, and recorded. */
import type { DatedEvent } from '../domain.js';
import { buildDigest, type DigestEmptyPolicy } from '../digest/build-digest.js';
import { isBotError } from '../errors.js';
import type { DigestPost, DigestPublisher, Logger, Metrics, Platform } from '../ports.js';
import type { Store, Subscription } from '../store/store.js';
import { dueDigests, type DueDigest } from './due-digests.js';
import type { WallClock } from './wall-clock.js';

export interface DigestRunSettings {
  readonly catchupHours: number;
  readonly empty: DigestEmptyPolicy;
}

export interface DigestRunDeps {
  readonly store: Pick<Store, 'subscriptions' | 'ledger'>;
  readonly clock: WallClock;
  readonly publishers: readonly DigestPublisher[];
  readonly events: () => readonly DatedEvent[];
  readonly logger: Logger;
  /** This process's ledger identity: host, pid and a random id per start (see start-schedule.ts). */
  readonly owner: string;
  readonly settings: DigestRunSettings;
  readonly metrics?: Metrics;
  /** How long a claim stays ours without renewal; renewed every third of it while a post is in flight. */
  readonly leaseMs?: number;
  /** Once aborted, no new post starts, and a claim taken but not yet posted is given back. */
  readonly signal?: AbortSignal;
  /**
   * `subscription|date` pairs this process has seen settled (posted, skipped, missed, failed), kept across runs by the
   * runner: final outcomes never change, so a settled day costs no store query on later ticks.
   */
  readonly settled?: Set<string>;
}

export interface DigestRunReport {
  posted: number;
  /** Found already posted by a previous owner (its response was lost or it died): recorded, not posted again. */
  recovered: number;
  skipped: number;
  missed: number;
  failed: number;
  retrying: number;
  /** Claimed by another live owner, or waiting for its retry time. */
  held: number;
  /** Due, but this process has no publisher for the platform (another replica may). */
  unserved: number;
}

export const DEFAULT_LEASE_MS = 60_000;
const RETRY_BASE_MS = 60_000;
const RETRY_MAX_MS = 30 * 60_000;
/** Platforms' clocks and ours may differ by seconds: look for an earlier post from a little before the claim. */
const FIND_POSTED_MARGIN_MS = 5 * 60_000;
/** Enough ledger rows per subscription to cover every date dueDigests can return (catch-up ≤ 48 h). */
const RECENT_ROWS = 8;
const SETTLED_CACHE_MAX = 50_000;

export const digestKey = (subscriptionId: string, localDate: string): string => `digest:${subscriptionId}:${localDate}`;

/** 1, 2, 4 … 30 minutes after the n-th failed attempt: retries stay within the day, and the catch-up window ends them. */
export const retryDelayMs = (attempts: number): number => Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));

const emptyReport = (): DigestRunReport => ({ posted: 0, recovered: 0, skipped: 0, missed: 0, failed: 0, retrying: 0, held: 0, unserved: 0 });

/** Never throws: a failure is logged once here, with its code, and the next tick tries again. */
export async function runDailyDigest(deps: DigestRunDeps): Promise<DigestRunReport> {
  const report = emptyReport();
  const { store, clock, logger, owner } = deps;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const publishers = new Map<Platform, DigestPublisher>(deps.publishers.map((p) => [p.platform, p]));
  const catchupMs = deps.settings.catchupHours * 3_600_000;
  const settledCache = deps.settled ?? new Set<string>();
  const remember = (key: string): void => {
    // Bounded: only the last few days matter, and a cleared cache merely costs one query per subscription.
    if (settledCache.size >= SETTLED_CACHE_MAX) settledCache.clear();
    settledCache.add(key);
  };
  const lease = (subscription: Subscription, localDate: string) => ({ subscriptionId: subscription.id, localDate, owner, leaseMs, now: clock.now() });

  /** Runs `work` while renewing our lease on the row, so a slow platform call does not let another replica take it over. */
  async function holding<T>(subscription: Subscription, localDate: string, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => {
      store.ledger.renew(lease(subscription, localDate)).then(
        (ours) => { if (!ours) logger.warn('digest claim lost while posting', { subscriptionId: subscription.id, localDate }); },
        (error: unknown) => logger.warn('digest claim renewal failed', { code: 'store_unavailable', subscriptionId: subscription.id, err: error }),
      );
    }, Math.max(1_000, Math.floor(leaseMs / 3)));
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }

  async function finish(subscription: Subscription, due: DueDigest, outcome: Parameters<Store['ledger']['finish']>[3]): Promise<void> {
    const ours = await store.ledger.finish(subscription.id, due.localDate, owner, outcome, clock.now());
    if (ours) remember(`${subscription.id}|${due.localDate}`);
    else logger.error('digest outcome not recorded: the claim was taken over', { code: 'internal', subscriptionId: subscription.id, localDate: due.localDate, outcome: outcome.status });
  }

  async function handle(subscription: Subscription, due: DueDigest): Promise<void> {
    const publisher = publishers.get(subscription.channel.platform);
    if (!publisher && due.status === 'due') {
      report.unserved += 1;
      return;
    }
    const claim = await store.ledger.claim(lease(subscription, due.localDate));
    if (claim.kind !== 'claimed') {
      if (claim.kind === 'held') report.held += 1;
      else remember(`${subscription.id}|${due.localDate}`);
      return;
    }
    const { entry } = claim;
    const log = { subscriptionId: subscription.id, localDate: due.localDate, attempt: entry.attempts };
    // A dead owner, or an attempt whose response was lost, may have posted already: the platform is asked first.
    const mayHavePosted = claim.takenOver || entry.attempts > 1;
    const content = buildDigest(deps.events(), due.localDate, deps.settings.empty);
    const post: DigestPost = { key: digestKey(subscription.id, due.localDate), channel: subscription.channel, localDate: due.localDate, answer: content.answer };
    const since = new Date(entry.claimedAt.getTime() - FIND_POSTED_MARGIN_MS);
    try {
      if (mayHavePosted && publisher && content.kind === 'post') {
        const messageId = await holding(subscription, due.localDate, () => publisher.findPosted(post, since));
        if (messageId) {
          await finish(subscription, due, { status: 'posted', messageId });
          report.recovered += 1;
          logger.info('digest found already posted', { ...log, messageId });
          return;
        }
      }
      if (due.status === 'missed') {
        await finish(subscription, due, { status: 'missed', detail: `due ${due.dueAt.toISOString()}, outside the ${deps.settings.catchupHours} h catch-up window` });
        report.missed += 1;
        logger.warn('digest missed', { ...log, dueAt: due.dueAt.toISOString() });
        return;
      }
      if (content.kind === 'empty') {
        await finish(subscription, due, { status: 'skipped', detail: `nothing on ${due.localDate.slice(5)} (DIGEST_EMPTY=${deps.settings.empty})` });
        report.skipped += 1;
        return;
      }
      if (deps.signal?.aborted || !publisher) {
        await store.ledger.release(subscription.id, due.localDate, owner, clock.now(), 'given back at shutdown, not posted', clock.now());
        return;
      }
      const result = await holding(subscription, due.localDate, () => publisher.publish(post));
      if (result.kind === 'channel-gone') {
        await finish(subscription, due, { status: 'failed', detail: `channel gone: ${result.reason}` });
        await store.subscriptions.disable(subscription.id, result.reason);
        report.failed += 1;
        deps.metrics?.digest(subscription.channel.platform, 'failed');
        logger.warn('digest channel gone; subscription disabled', { ...log, reason: result.reason });
        return;
      }
      await finish(subscription, due, { status: 'posted', messageId: result.messageId });
      report.posted += 1;
      const lateMs = clock.now().getTime() - due.dueAt.getTime();
      deps.metrics?.digest(subscription.channel.platform, 'posted');
      if (lateMs > 5 * 60_000) deps.metrics?.digest(subscription.channel.platform, 'caught-up');
      logger.info('digest posted', { ...log, messageId: result.messageId, lateMs });
    } catch (error) {
      // Transient (platform_send_failed) or not, the claim goes back with a backoff; a bug must not stop the day's digest.
      const retryAt = new Date(clock.now().getTime() + retryDelayMs(entry.attempts));
      const code = isBotError(error) ? error.code : 'internal';
      const detail = `${code}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
      await store.ledger.release(subscription.id, due.localDate, owner, retryAt, detail, clock.now());
      report.retrying += 1;
      deps.metrics?.digest(subscription.channel.platform, 'failed');
      logger[code === 'platform_send_failed' ? 'warn' : 'error']('digest post failed; will retry', { ...log, code, err: error, retryAt: retryAt.toISOString() });
    }
  }

  try {
    for (const subscription of await store.subscriptions.listEnabled()) {
      if (deps.signal?.aborted) break;
      const seen = (date: string) => settledCache.has(`${subscription.id}|${date}`);
      const dues = dueDigests(subscription, clock.now(), { catchupMs, since: subscription.createdAt }).filter((d) => !seen(d.localDate));
      if (dues.length === 0) continue;
      const rows = await store.ledger.recent(subscription.id, RECENT_ROWS);
      for (const row of rows) if (row.status !== 'claimed') remember(`${subscription.id}|${row.localDate}`);
      for (const due of dues) {
        if (deps.signal?.aborted) break;
        if (!seen(due.localDate)) await handle(subscription, due);
      }
    }
  } catch (error) {
    // The store is down or a release failed: claims we hold expire with their lease, and the next tick starts over.
    report.failed += 1;
    logger.error('digest run failed', { code: isBotError(error) ? error.code : 'internal', err: error });
  }
  return report;
}
