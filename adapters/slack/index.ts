/** Slack adapter: /summit, mentions, DMs, App Home and digests over @slack/bolt (HTTP or Socket Mode). */
export { createSlackAdapter, type SlackAdapter, type SlackAdapterConfig, type SlackAdapterDeps } from './slack-adapter.js';
export type { KnowledgeFacts } from './app-home.js';
export { BOT_SCOPES } from './slack-scopes.js';
