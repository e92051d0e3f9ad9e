/** Discord adapter: /summit and mentions answered through bot.handle; digests posted once per channel and day. */
export { createDiscordAdapter, SHARD_LEASE_TTL_MS, type DiscordAdapterConfig, type DiscordAdapterDeps, type DiscordTuning } from './discord-adapter.js';
export { createRest, registerCommands, type Registered, type RegisterOptions } from './register-commands.js';
export { COMMANDS, SUMMIT_COMMAND } from './summit-command.js';
