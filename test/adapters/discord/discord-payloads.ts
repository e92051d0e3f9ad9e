/** Gateway payloads the tests inject into the fake Discord: slash commands, button clicks, mentions and DMs. */
import { snowflake, type FakeDiscord } from '../../fakes/fake-discord.js';

export const ASKER = { id: '600000000000000002', username: 'asker', discriminator: '0', avatar: null, global_name: 'Asker' };
/** Manage Channels (1 << 4) plus View Channel and Send Messages. */
export const MANAGER_PERMISSIONS = String((1n << 4n) | (1n << 10n) | (1n << 11n));
export const MEMBER_PERMISSIONS = String((1n << 10n) | (1n << 11n));

type Option = { type: number; name: string; value?: unknown; options?: Option[]; focused?: boolean };

const member = (permissions: string) => ({ user: ASKER, roles: [], permissions, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0, nick: null });

function base(fake: FakeDiscord, type: number, data: unknown, permissions: string) {
  const id = snowflake();
  return {
    id, token: `token-${id}`, application_id: fake.applicationId, type, data, guild_id: fake.guildId, channel_id: fake.channelId,
    channel: { id: fake.channelId, type: 0, guild_id: fake.guildId, name: 'general', permissions },
    member: member(permissions), version: 1, locale: 'en-US', guild_locale: 'en-US', app_permissions: MEMBER_PERMISSIONS,
    entitlements: [], authorizing_integration_owners: { 0: fake.guildId }, context: 0,
  };
}

/** `/summit <sub> …` (or `/summit digest <sub>` with `group`); returns the interaction's id and token. */
export function slash(fake: FakeDiscord, sub: string, values: Record<string, string | number | boolean> = {}, extra: { group?: string; permissions?: string; focused?: string } = {}) {
  const typeOf = (v: unknown): number => (typeof v === 'number' ? 4 : typeof v === 'boolean' ? 5 : 3);
  const leaf: Option = { type: 1, name: sub, options: Object.entries(values).map(([name, value]) => ({ type: typeOf(value), name, value, ...(extra.focused === name ? { focused: true } : {}) })) };
  const options = extra.group ? [{ type: 2, name: extra.group, options: [leaf] }] : [leaf];
  const interaction = base(fake, extra.focused ? 4 : 2, { id: snowflake(), name: 'summit', type: 1, options }, extra.permissions ?? MEMBER_PERMISSIONS);
  fake.dispatch('INTERACTION_CREATE', interaction);
  return { id: interaction.id, token: interaction.token, payload: interaction };
}

/** A click on a button of a message the bot sent earlier. */
export function click(fake: FakeDiscord, customId: string, onMessage: { id: string; embeds: unknown[]; components: unknown[] }) {
  const interaction = {
    ...base(fake, 3, { custom_id: customId, component_type: 2 }, MEMBER_PERMISSIONS),
    message: { ...onMessage, channel_id: fake.channelId, author: fake.botUser, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, type: 0, flags: 0 },
  };
  fake.dispatch('INTERACTION_CREATE', interaction);
  return { id: interaction.id, token: interaction.token };
}

/** A server message; `mentionBot` adds the bot to `mentions` as Discord does for `<@id>` in the content. */
export function message(fake: FakeDiscord, content: string, options: { mentionBot?: boolean; dm?: boolean; bot?: boolean } = {}) {
  const id = snowflake();
  const dmChannel = '800000000000000099';
  fake.dispatch('MESSAGE_CREATE', {
    // Discord sends channel_type with MESSAGE_CREATE: it is how a DM's uncached channel is known to be a DM.
    id, channel_id: options.dm ? dmChannel : fake.channelId, channel_type: options.dm ? 1 : 0, ...(options.dm ? {} : { guild_id: fake.guildId, member: { roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } }),
    author: options.bot ? { ...ASKER, id: '600000000000000003', username: 'other-bot', bot: true } : ASKER, content, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false,
    mention_everyone: false, mentions: options.mentionBot ? [fake.botUser] : [], mention_roles: [], attachments: [], embeds: [], pinned: false, type: 0,
  });
  return { id, channelId: options.dm ? dmChannel : fake.channelId };
}
