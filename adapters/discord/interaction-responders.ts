/** discord.js interactions → InteractionResponder: where every reply, defer and edit gets its allowedMentions. */
import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction, type MessageMentionOptions } from 'discord.js';
import type { InteractionResponder } from './answer-interaction.js';
import type { DiscordReply } from './render-discord.js';

/**
 * No mention in anything Summit sends ever notifies anyone. Passed on every send and edit, not just left to the client
 * default: an edit without allowed_mentions is re-parsed with Discord's defaults.
 */
export const NO_PINGS = { parse: [], repliedUser: false } as const satisfies MessageMentionOptions;

/** A rendered reply as discord.js message options. */
export function messageOptions(reply: DiscordReply): { content?: string; embeds: DiscordReply['embeds'][number][]; components: DiscordReply['components'][number][]; allowedMentions: MessageMentionOptions } {
  return { ...(reply.content ? { content: reply.content } : {}), embeds: [...reply.embeds], components: [...reply.components], allowedMentions: { ...NO_PINGS, parse: [] } };
}

/** `/summit …` and follow-up buttons: a new message under the command. */
export function commandResponder(interaction: ChatInputCommandInteraction | ButtonInteraction): InteractionResponder {
  return {
    async reply(reply, ephemeral) {
      await interaction.reply({ ...messageOptions(reply), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
    },
    async defer() {
      await interaction.deferReply();
    },
    async edit(reply) {
      // edits replace the whole message: an answer with no buttons must clear any left from before.
      await interaction.editReply(messageOptions(reply));
    },
    async editWithProblem(reply) {
      await interaction.deleteReply();
      await interaction.followUp({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
    },
  };
}

/** The next-page button: the message it sits on is updated in place; problems go to the clicker alone. */
export function pagingResponder(interaction: ButtonInteraction): InteractionResponder {
  return {
    async reply(reply, ephemeral) {
      if (ephemeral) await interaction.reply({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
      else await interaction.update(messageOptions(reply));
    },
    async defer() {
      await interaction.deferUpdate();
    },
    async edit(reply) {
      await interaction.editReply(messageOptions(reply));
    },
    async editWithProblem(reply) {
      await interaction.followUp({ ...messageOptions(reply), flags: MessageFlags.Ephemeral });
    },
  };
}
