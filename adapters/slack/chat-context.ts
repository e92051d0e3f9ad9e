/** Who asked and where → ChatContext; may this user change the channel's digest (workspace admin/owner or allow-listed)? */
import type { ChatContext, Logger } from '../../src/ports.js';

/** The one member of users.info we read: `is_admin`, `is_owner`, `is_primary_owner` of the user. */
export type LookupUser = (teamId: string | null, userId: string) => Promise<{ readonly is_admin?: boolean; readonly is_owner?: boolean; readonly is_primary_owner?: boolean } | undefined>;

export interface Asker {
  readonly teamId: string | null;
  readonly channelId: string;
  readonly userId: string;
  /** Only digest commands need the permission; everything else skips the users.info call and stays fast. */
  readonly needsPermission: boolean;
}

export interface ChatContexts {
  build(asker: Asker): Promise<ChatContext>;
}

/** Admin status changes rarely; five minutes keeps a burst of digest commands from calling users.info each time. */
const CACHE_MS = 5 * 60_000;

export function createChatContexts(options: { readonly admins: readonly string[]; readonly lookup: LookupUser; readonly logger: Logger; readonly now?: () => number }): ChatContexts {
  const admins = new Set(options.admins);
  const now = options.now ?? Date.now;
  const cache = new Map<string, { readonly allowed: boolean; readonly until: number }>();

  async function isAdmin(teamId: string | null, userId: string): Promise<boolean> {
    const key = `${teamId ?? ''}:${userId}`;
    const hit = cache.get(key);
    if (hit && hit.until > now()) return hit.allowed;
    try {
      const user = await options.lookup(teamId, userId);
      const allowed = user?.is_admin === true || user?.is_owner === true || user?.is_primary_owner === true;
      cache.set(key, { allowed, until: now() + CACHE_MS });
      return allowed;
    } catch (error) {
      // Fail closed: without an answer from Slack nobody but the allow-list may change a digest.
      options.logger.warn('users.info failed; treating the user as not an admin', { code: 'platform_send_failed', err: error });
      return false;
    }
  }

  return {
    async build(asker) {
      // A DM with Summit belongs to the one user in it: their own digest is theirs to change.
      const isDirect = asker.channelId.startsWith('D');
      const canManageDigest = isDirect || admins.has(asker.userId) || (asker.needsPermission && (await isAdmin(asker.teamId, asker.userId)));
      return {
        surface: 'slack',
        channel: { platform: 'slack', workspaceId: asker.teamId, channelId: asker.channelId },
        userId: asker.userId,
        canManageDigest,
      };
    },
  };
}
