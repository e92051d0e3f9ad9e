/** Registers `/summit` by bulk overwrite: the same call twice leaves the same commands, so it is safe at every start. */
import { REST, Routes, type APIApplication } from 'discord.js';
import { COMMANDS } from './summit-command.js';

export interface RegisterOptions {
  readonly applicationId?: string;
  /** One server (commands appear at once); without it, global (every server and DM the bot is in). */
  readonly guildId?: string;
}

export interface Registered {
  readonly scope: 'global' | 'guild';
  readonly applicationId: string;
  readonly names: readonly string[];
}

/** A REST client with the bot token and the configured base URL, for registration and digests. */
export function createRest(token: string, apiUrl?: string): REST {
  return new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
}

export async function registerCommands(rest: REST, options: RegisterOptions = {}): Promise<Registered> {
  const applicationId = options.applicationId ?? ((await rest.get(Routes.currentApplication())) as APIApplication).id;
  const route = options.guildId ? Routes.applicationGuildCommands(applicationId, options.guildId) : Routes.applicationCommands(applicationId);
  // PUT replaces the whole list: commands no longer defined here are removed, unchanged ones keep their ids.
  const saved = (await rest.put(route, { body: COMMANDS })) as readonly { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', applicationId, names: saved.map((c) => c.name) };
}
