/** MESSAGE_CREATE → bot.handle → a reply: mentions of the bot in servers get a reply to that message, DMs an answer in place. */
import { PermissionFlagsBits, type Message } from 'discord.js';
import { problem } from '../../src/answer/answer.js';
import type { Bot } from '../../src/bot.js';
import type { ChatContext, Logger } from '../../src/ports.js';
import { messageOptions } from './interaction-responders.js';
import { renderDiscord } from './render-discord.js';
import { mentionToText } from './translate.js';

export interface MessageDeps {
  readonly bot: Bot;
  readonly logger: Logger;
}

const APOLOGY = problem('internal-error', 'Sorry, Summit could not answer that just now. The error has been logged; please try again.');

/**
 * The text to answer, or null when the message is not for us. Without the privileged Message Content intent Discord
 * still delivers the content of DMs and of messages that mention the bot, which is exactly what Summit answers.
 */
export function messageText(message: Message, botId: string): string | null {
  if (message.author.bot || message.system || message.webhookId) return null;
  if (!message.inGuild()) return message.content.trim();
  // Only a direct mention of the bot: @everyone, @here and role mentions are not questions for Summit.
  if (!message.mentions.users.has(botId)) return null;
  return mentionToText(message.content, botId);
}

function messageContext(message: Message): ChatContext {
  const guildId = message.guildId;
  const permissions = message.inGuild() && message.member ? message.channel.permissionsFor(message.member) : null;
  return {
    surface: 'discord',
    channel: { platform: 'discord', workspaceId: guildId, channelId: message.channelId },
    userId: message.author.id,
    canManageDigest: guildId ? permissions?.has(PermissionFlagsBits.ManageChannels) === true : true,
  };
}

async function send(message: Message, reply: ReturnType<typeof renderDiscord>): Promise<void> {
  const options = messageOptions(reply);
  // In a server the answer hangs off the question; it must not fail when the question was deleted meanwhile.
  if (message.inGuild()) await message.reply({ ...options, failIfNotExists: false });
  else if (message.channel.isSendable()) await message.channel.send(options);
}

/** The one entry point for messages: catches once, logs `{ code, err }`, and tries a short apology. */
export async function handleMessage(message: Message, botId: string, deps: MessageDeps): Promise<void> {
  const text = messageText(message, botId);
  if (text === null) return;
  try {
    const answer = await deps.bot.handle(text || 'help', messageContext(message));
    await send(message, renderDiscord(answer));
  } catch (error) {
    deps.logger.error('discord message reply failed', { code: 'platform_send_failed', adapter: 'discord', channel: message.channelId, err: error });
    try {
      await send(message, renderDiscord(APOLOGY, { buttons: false }));
    } catch (apologyError) {
      deps.logger.warn('discord apology not delivered', { code: 'platform_send_failed', adapter: 'discord', err: apologyError });
    }
  }
}
