/** INTERACTION_CREATE → bot.handle → an interaction response: slash commands, buttons and autocomplete. */
import { DiscordAPIError, PermissionFlagsBits, RESTJSONErrorCodes, type AutocompleteInteraction, type ButtonInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { problem, type Answer } from '../../src/answer/answer.js';
import type { Bot } from '../../src/bot.js';
import type { ChatContext, Logger } from '../../src/ports.js';
import { answerInteraction } from './answer-interaction.js';
import { suggestEvents, suggestZones, type EventSource } from './autocomplete.js';
import type { InteractionResponder } from './answer-interaction.js';
import { commandResponder, pagingResponder } from './interaction-responders.js';
import { nextPageOf, NEXT_PAGE_ID, renderDiscord, RUN_PREFIX } from './render-discord.js';
import { AUTOCOMPLETE, COMMAND_NAME, SUMMIT_COMMAND } from './summit-command.js';
import { slashToText, type OptionValue } from './translate.js';

export interface InteractionDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  readonly events?: EventSource;
  readonly deferAfterMs?: number;
}

const APOLOGY = problem('internal-error', 'Sorry, Summit could not answer that just now. The error has been logged; please try again.');
const EXPIRED = problem('not-available', 'This button has nothing more to show. Run the command again for fresh results.');

/** Who may change the channel's digest: Manage Channels in this channel (interaction permissions include overwrites). */
export function interactionContext(interaction: Interaction): ChatContext {
  const inGuild = interaction.guildId !== null;
  return {
    surface: 'discord',
    channel: { platform: 'discord', workspaceId: interaction.guildId, channelId: interaction.channelId ?? interaction.user.id },
    userId: interaction.user.id,
    // In a DM with the bot the asker is the only member, so the DM's digest is theirs to change.
    canManageDigest: inGuild ? interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) === true : true,
  };
}

/** The option names the command definition declares for a subcommand: read by name so nothing else leaks in. */
function optionsOf(interaction: ChatInputCommandInteraction, group: string | null, subcommand: string): Record<string, OptionValue | undefined> {
  const top = SUMMIT_COMMAND.options.find((o) => o.name === (group ?? subcommand));
  const def = group && top && 'options' in top ? top.options?.find((o) => o.name === subcommand) : top;
  const names = def && 'options' in def && def.options ? def.options.map((o) => o.name) : [];
  return Object.fromEntries(names.map((name) => [name, interaction.options.get(name)?.value ?? undefined]));
}

function slashText(interaction: ChatInputCommandInteraction): string {
  const group = interaction.options.getSubcommandGroup(false);
  const subcommand = interaction.options.getSubcommand(false) ?? 'help';
  return slashToText({ group, subcommand, options: optionsOf(interaction, group, subcommand) });
}

async function respondTo(work: Promise<Answer>, respond: InteractionResponder, deps: InteractionDeps): Promise<void> {
  await answerInteraction({ work, respond, render: (a) => renderDiscord(a), ...(deps.deferAfterMs !== undefined ? { deferAfterMs: deps.deferAfterMs } : {}) });
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === AUTOCOMPLETE.eventId ? suggestEvents(deps.events, String(focused.value))
    : focused.name === AUTOCOMPLETE.zone ? suggestZones(String(focused.value)) : [];
  await interaction.respond(choices.map((c) => ({ name: c.name, value: c.value })));
}

async function button(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const context = interactionContext(interaction);
  if (interaction.customId === NEXT_PAGE_ID) {
    const command = nextPageOf(interaction.message.embeds.at(-1)?.footer?.text);
    const work = command ? deps.bot.handle(command, context) : Promise.resolve(EXPIRED);
    return respondTo(work, pagingResponder(interaction), deps);
  }
  if (interaction.customId.startsWith(RUN_PREFIX)) {
    return respondTo(deps.bot.handle(interaction.customId.slice(RUN_PREFIX.length), context), commandResponder(interaction), deps);
  }
}

/** The one entry point for interactions: catches once, logs `{ code, err }`, and apologises to the asker alone. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
      return await respondTo(deps.bot.handle(slashText(interaction), interactionContext(interaction)), commandResponder(interaction), deps);
    }
    if (interaction.isButton()) return await button(interaction, deps);
  } catch (error) {
    // Another replica (or a duplicate delivery) answered first: the asker has an answer, so nothing is wrong here.
    if (error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged) {
      deps.logger.warn('discord interaction answered elsewhere', { adapter: 'discord', interaction: interaction.id });
      return;
    }
    deps.logger.error('discord interaction failed', { code: 'platform_send_failed', adapter: 'discord', interaction: interaction.id, err: error });
    await apologise(interaction, deps.logger);
  }
}

async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  const responder = interaction.isButton() ? pagingResponder(interaction) : interaction.isChatInputCommand() ? commandResponder(interaction) : null;
  if (!responder) return;
  try {
    const reply = renderDiscord(APOLOGY);
    await (interaction.deferred || interaction.replied ? responder.editWithProblem(reply) : responder.reply(reply, true));
  } catch (error) {
    // The token may be spent (10062 after 3 s, 50027 after 15 min) or the interaction acknowledged elsewhere (40060).
    logger.warn('discord apology not delivered', { code: 'platform_send_failed', adapter: 'discord', err: error });
  }
}
