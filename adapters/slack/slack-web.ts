/** The few Web API members Summit calls from its handlers; bolt's WebClient has them, unit tests fake only these. */
import type { SlackBlock } from './slack-blocks.js';

export interface PostArgs {
  readonly channel: string;
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
  readonly thread_ts?: string;
  /** Echoed text never unfurls into a preview card. */
  readonly unfurl_links: false;
  readonly unfurl_media: false;
}

export interface SlackWeb {
  readonly chat: {
    postMessage(args: PostArgs): Promise<{ readonly ts?: string }>;
    postEphemeral(args: PostArgs & { readonly user: string }): Promise<unknown>;
  };
  readonly views: {
    publish(args: { readonly user_id: string; readonly view: { readonly type: 'home'; readonly blocks: readonly SlackBlock[] } }): Promise<unknown>;
  };
}
