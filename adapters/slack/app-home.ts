/** App Home tab: what Summit knows, the commands with one example each, and the digest status of the user's Summit DM. */
import type { Bot } from '../../src/bot.js';
import { formatDate } from '../../src/answer/format-date.js';
import type { ChannelRef } from '../../src/ports.js';
import { errorCode } from './apology.js';
import { callOptions, callSlack, type CallDeps } from './call-slack.js';
import { commandExamples } from './help-examples.js';
import { context, section, untrusted, type SlackBlock } from './slack-blocks.js';
import { SLACK_LIMITS } from './slack-limits.js';
import type { SlackWeb } from './slack-web.js';

/** What the corpus holds, for the Home tab; main computes it from the loaded corpus. */
export interface KnowledgeFacts {
  readonly articles: number;
  readonly events: number;
  /** The newest article's publication date, `YYYY-MM-DD`, or null when no article has one. */
  readonly latestArticle: string | null;
}

export interface HomeDeps extends CallDeps {
  readonly bot: Bot;
  readonly command: string;
  readonly facts?: () => KnowledgeFacts;
  readonly digestStatus?: (channel: ChannelRef) => Promise<string>;
}

export interface HomeInput {
  readonly facts: KnowledgeFacts | null;
  /** Fallback when no facts are wired: the help headline already says "Summit knows N articles and M dated events". */
  readonly helpHeadline: string;
  readonly commands: readonly { readonly usage: string; readonly description: string }[];
  readonly command: string;
  readonly digest: string | null;
}

export function homeBlocks(input: HomeInput): SlackBlock[] {
  const knows = input.facts
    ? `Summit knows *${input.facts.articles}* article${input.facts.articles === 1 ? '' : 's'} and *${input.facts.events}* dated event${input.facts.events === 1 ? '' : 's'}.`
      + (input.facts.latestArticle ? ` Latest article: *${untrusted(formatDate(input.facts.latestArticle))}*.` : '')
    : untrusted(input.helpHeadline.replace(/\s*Commands:\s*$/, ''));
  const examples = commandExamples(input.commands, input.command).map((c) => `\`${untrusted(c.example)}\` — ${untrusted(c.description)}`);
  const blocks: SlackBlock[] = [
    section('*Summit* — dated, cited answers about China–Russia relations from the article collection.'),
    section(knows),
    { type: 'divider' },
    section(`*Commands* (in any channel, or here in Messages)\n${examples.join('\n')}`),
    context([`Mention Summit in a channel to get the answer in a thread. Answers to \`${untrusted(input.command)}\` are private until you press *Post in channel*.`]),
    { type: 'divider' },
    section(`*Daily digest for your Summit DM*\n${untrusted(input.digest ?? 'Not available here.')}`),
    context([`For a channel's digest, run \`${untrusted(input.command)} digest status\` in that channel.`]),
  ];
  return blocks.slice(0, SLACK_LIMITS.homeBlocks);
}

type HomeEvent = { readonly user: string; readonly channel: string; readonly tab?: string };

export function createHomeHandler(deps: HomeDeps): (args: { event: HomeEvent; client: SlackWeb; teamId: string | null }) => Promise<void> {
  return async ({ event, client, teamId }) => {
    if (event.tab !== undefined && event.tab !== 'home') return;
    try {
      const help = deps.bot.answer('help', { adapter: 'slack' });
      const channel: ChannelRef = { platform: 'slack', workspaceId: teamId, channelId: event.channel };
      const digest = deps.digestStatus ? await deps.digestStatus(channel).catch((error: unknown) => {
        deps.logger.warn('digest status for the App Home failed', { code: errorCode(error), err: error });
        return 'Could not be read just now.';
      }) : null;
      const blocks = homeBlocks({
        facts: deps.facts?.() ?? null,
        helpHeadline: help.headline,
        commands: help.kind === 'help' ? help.data.commands : [],
        command: deps.command,
        digest,
      });
      await callSlack(() => client.views.publish({ user_id: event.user, view: { type: 'home', blocks } }), callOptions(deps, 'views.publish', true));
    } catch (error) {
      deps.logger.error('slack app home failed', { code: errorCode(error), err: error });
    }
  };
}
