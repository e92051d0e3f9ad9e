/** The bot scopes Summit asks for: the manifest lists the same (a test keeps them in step). */
export const BOT_SCOPES = [
  'app_mentions:read', // mentions
  'channels:history', // findPosted: digest metadata in public channels
  'channels:join', // a digest subscribed by /summit in a public channel Summit is not in yet
  'chat:write', // replies and digests
  'commands', // /summit
  'groups:history', // findPosted in private channels Summit was invited to
  'im:history', // direct messages to Summit
  'users:read', // users.info: may this user change the channel's digest?
] as const;

/** "Add to Slack" page on the same host as the Web API (GovSlack and proxies included): `…/api/` → `…/oauth/v2/authorize`. */
export const authorizationUrlFor = (apiUrl: string): string => new URL('../oauth/v2/authorize', apiUrl).toString();
