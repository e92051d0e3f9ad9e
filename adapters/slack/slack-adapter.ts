/** Slack adapter: Bolt (HTTP or Socket Mode) events ⇄ bot.handle, Block Kit replies, App Home, and the digest publisher. */
import type { Server } from 'node:http';
import { App, HTTPReceiver, webApi, type InstallationStore } from '@slack/bolt';
import type { Bot } from '../../src/bot.js';
import { BotError } from '../../src/errors.js';
import type { ChannelRef, DigestPublisher, EventDeduper, HttpMount, InstallationVault, Logger, Metrics, PlatformAdapter } from '../../src/ports.js';
import { createHomeHandler, type KnowledgeFacts } from './app-home.js';
import { createMentionHandler, createDirectMessageHandler, type MessageEvent } from './answer-message.js';
import { toBoltLogger } from './bolt-logger.js';
import { createMoreHandler, createShareHandler, type ActionPayload } from './button-actions.js';
import { callOptions, callSlack, type RetryCounter } from './call-slack.js';
import { createChatContexts } from './chat-context.js';
import { dedupeEvents } from './dedupe-events.js';
import { guardListener, listenAlone, portOf } from './http-listener.js';
import { botTokenFor, createVaultInstallationStore } from './installation-store.js';
import { createSlackPublisher, type DigestWeb } from './publish-digest.js';
import { ACTION_MORE, ACTION_SHARE } from './render-slack.js';
import { postToResponseUrl, type FetchFn } from './respond-url.js';
import { createSlashCommand, type SlashPayload } from './slash-command.js';
import { authorizationUrlFor, BOT_SCOPES } from './slack-scopes.js';
import type { SlackWeb } from './slack-web.js';

/** The Slack slice of the configuration (src/config.ts SlackConfig), plus where to listen when there is no shared server. */
export interface SlackAdapterConfig {
  readonly signingSecret?: string;
  readonly botToken?: string;
  readonly appToken?: string;
  readonly apiUrl: string;
  readonly command: string;
  readonly digestAdmins: readonly string[];
  readonly oauth?: { readonly clientId: string; readonly clientSecret: string; readonly stateSecret: string };
  /** Without `deps.http`: the adapter's own HTTP port (0 = any free port, as tests use) and host. */
  readonly port?: number;
  readonly host?: string;
}

export interface SlackAdapterDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  /** Counts requests sent again after a 429 or a lost read (summit_platform_retries_total). */
  readonly metrics?: Metrics;
  readonly dedupe: EventDeduper;
  readonly installations: InstallationVault;
  /** The process's one HTTP server: Slack mounts under /slack/ (events, install, OAuth redirect). */
  readonly http?: HttpMount;
  readonly digestStatus?: (channel: ChannelRef) => Promise<string>;
  readonly facts?: () => KnowledgeFacts;
  /** How long /summit waits for the engine before acking with "Looking that up…" (default 2,000 ms; Slack allows 3 s). */
  readonly ackBudgetMs?: number;
  readonly fetch?: FetchFn;
}

export interface SlackAdapter extends PlatformAdapter {
  readonly publisher: DigestPublisher;
  /** The port of the adapter's own server once started (null when mounted on the shared server or in Socket Mode). */
  port(): number | null;
}

const DEFAULT_ACK_BUDGET_MS = 2000;
/** stop() waits this long for answers in flight, inside main's 10 s shutdown. */
const DRAIN_MS = 8000;

export function createSlackAdapter(config: SlackAdapterConfig, deps: SlackAdapterDeps): SlackAdapter {
  const { logger } = deps;
  const retried: RetryCounter = (reason) => deps.metrics?.platformRetry('slack', reason);
  const socketMode = config.appToken !== undefined;
  if (!socketMode && !config.signingSecret) throw new BotError('config_invalid', 'Slack HTTP mode needs SLACK_SIGNING_SECRET');
  if (!config.botToken && !config.oauth) throw new BotError('config_invalid', 'Slack needs SLACK_BOT_TOKEN or OAuth (SLACK_CLIENT_ID…)');
  const boltLogger = toBoltLogger(logger);
  // Retries off and 429s surfaced: callSlack waits Retry-After and resends, and nothing else is ever sent twice.
  const clientOptions = () => ({ slackApiUrl: config.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: boltLogger });
  const installationStore: InstallationStore | undefined = config.oauth ? createVaultInstallationStore(deps.installations) : undefined;

  const receiver = socketMode ? undefined : new HTTPReceiver({
    signingSecret: config.signingSecret ?? '',
    endpoints: '/slack/events',
    logger: boltLogger,
    // Bolt 5.1's own 4 MiB default, stated so an upgrade cannot silently drop it: bigger bodies get 413 unread.
    bodyLimit: 4 * 1024 * 1024,
    ...(config.oauth && installationStore ? {
      clientId: config.oauth.clientId,
      clientSecret: config.oauth.clientSecret,
      stateSecret: config.oauth.stateSecret,
      installationStore,
      scopes: [...BOT_SCOPES],
      installerOptions: { clientOptions: clientOptions(), authorizationUrl: authorizationUrlFor(config.apiUrl), directInstall: true },
    } : {}),
  });
  const app = new App({
    ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken ?? '' }),
    ...(config.botToken ? { token: config.botToken } : {}),
    clientOptions: clientOptions(),
    logger: boltLogger,
    // No auth.test from the constructor: start() runs it, so building the adapter has no side effects.
    deferInitialization: true,
  });

  const fetchFn: FetchFn = deps.fetch ?? ((url, init) => fetch(url, init));
  const respond = (url: string, payload: object): Promise<void> => postToResponseUrl(fetchFn, url, payload, { retried });
  const contexts = createChatContexts({
    admins: config.digestAdmins,
    logger,
    lookup: async (teamId, userId) => {
      // app.client carries the single-workspace token; in OAuth mode each workspace's own token is passed per call.
      const token = config.botToken ?? (installationStore ? await botTokenFor(installationStore, teamId) : undefined);
      return (await callSlack(() => app.client.users.info({ user: userId, ...(token ? { token } : {}) }), callOptions({ logger, retried }, 'users.info', true))).user;
    },
  });
  const shared = { bot: deps.bot, contexts, command: config.command, logger, retried };
  const slash = createSlashCommand({ ...shared, respond, ackBudgetMs: deps.ackBudgetMs ?? DEFAULT_ACK_BUDGET_MS });
  const mention = createMentionHandler(shared);
  const direct = createDirectMessageHandler(shared);
  const more = createMoreHandler({ ...shared, respond });
  const share = createShareHandler({ ...shared, respond });
  const home = createHomeHandler({ bot: deps.bot, command: config.command, logger, retried, ...(deps.facts ? { facts: deps.facts } : {}), ...(deps.digestStatus ? { digestStatus: deps.digestStatus } : {}) });

  const inFlight = new Set<Promise<unknown>>();
  const track = (work: Promise<unknown>): Promise<void> => {
    inFlight.add(work);
    return work.then(() => undefined, () => undefined).finally(() => inFlight.delete(work));
  };
  // In OAuth mode bolt hands each event a client with that workspace's token; `client` is typed wide, we use a few members.
  const web = (client: unknown): SlackWeb => client as SlackWeb;

  app.use(dedupeEvents(deps.dedupe, logger));
  app.command(config.command, ({ command, ack }) => track(slash({ command: command as SlashPayload, ack: (body) => ack(body as never) })));
  app.event('app_mention', ({ event, client, context }) =>
    track(mention({ event: event as unknown as MessageEvent, client: web(client), teamId: context.teamId ?? null })));
  app.message(({ message, client, context }) => {
    const event = message as unknown as MessageEvent;
    return event.channel_type === 'im' ? track(direct({ event, client: web(client), teamId: context.teamId ?? null })) : Promise.resolve();
  });
  const valueOf = (action: unknown): string => (typeof (action as { value?: unknown }).value === 'string' ? (action as { value: string }).value : '');
  app.action(ACTION_MORE, ({ ack, body, action }) => track(more({ ack: () => ack(), body: body as unknown as ActionPayload, value: valueOf(action) })));
  app.action(ACTION_SHARE, ({ ack, body, action }) => track(share({ ack: () => ack(), body: body as unknown as ActionPayload, value: valueOf(action) })));
  app.event('app_home_opened', ({ event, client, context }) => track(home({ event, client: web(client), teamId: context.teamId ?? null })));
  if (installationStore) {
    app.event('app_uninstalled', async ({ context }) => {
      if (context.teamId) await installationStore.deleteInstallation?.({ teamId: context.teamId, enterpriseId: undefined, isEnterpriseInstall: false });
    });
  }
  app.error(async (error) => {
    logger.error('slack event failed', { code: 'internal', err: error });
  });

  const digestClients = new Map<string, DigestWeb>();
  const publisher = createSlackPublisher({
    command: config.command,
    logger,
    retried,
    clientFor: async (workspaceId) => {
      const token = config.botToken ?? (installationStore ? await botTokenFor(installationStore, workspaceId) : '');
      let client = digestClients.get(token);
      if (!client) {
        client = new webApi.WebClient(token, clientOptions()) as unknown as DigestWeb;
        digestClients.set(token, client);
      }
      return client;
    },
  });

  let server: Server | undefined;
  let ready = false;
  return {
    name: 'slack',
    publisher,
    port: () => (server ? portOf(server) : null),
    isReady: () => ready,
    async start() {
      try {
        await app.init();
        if (receiver) {
          const listener = guardListener(receiver.requestListener, logger);
          if (deps.http) deps.http.mount('/slack/', listener);
          else server = await listenAlone(listener, config.port ?? 3000, config.host);
        } else {
          await app.start();
        }
      } catch (error) {
        throw new BotError('platform_send_failed', 'the Slack adapter could not start (token or network)', { cause: error });
      }
      ready = true;
      logger.info('slack adapter started', { adapter: 'slack', mode: socketMode ? 'socket' : deps.http ? 'http (shared server)' : 'http', oauth: Boolean(config.oauth) });
    },
    async stop() {
      ready = false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.allSettled([...inFlight]), new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)))]);
      clearTimeout(timer);
      if (server) {
        const closing = server;
        server = undefined;
        closing.closeAllConnections();
        await new Promise<void>((resolve) => closing.close(() => resolve()));
      }
      if (socketMode) await app.stop();
    },
  };
}
