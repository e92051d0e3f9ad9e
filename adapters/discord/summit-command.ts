/** The `/summit` application command: one subcommand (or group) per command of DESIGN.md, with typed options. */
import {
  ApplicationCommandOptionType as Option,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export const COMMAND_NAME = 'summit';

/** Option names the translator and the autocomplete handler look for. */
export const AUTOCOMPLETE = { eventId: 'id', zone: 'zone' } as const;

const sub = (name: string, description: string, options: readonly APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption => ({
  type: Option.Subcommand,
  name,
  description,
  ...(options.length > 0 ? { options: [...options] } : {}),
});

const text = (name: string, description: string, extra: { required?: boolean; min?: number; max: number; autocomplete?: boolean }): APIApplicationCommandBasicOption => ({
  type: Option.String,
  name,
  description,
  required: extra.required ?? false,
  ...(extra.min !== undefined ? { min_length: extra.min } : {}),
  max_length: extra.max,
  ...(extra.autocomplete ? { autocomplete: true } : {}),
});

const whole = (name: string, description: string, min: number, max: number): APIApplicationCommandBasicOption => ({
  type: Option.Integer, name, description, required: false, min_value: min, max_value: max,
});

/** Dates are typed as text with their shape in the description: Discord has no date option type. */
export const SUMMIT_COMMAND = {
  type: ApplicationCommandType.ChatInput,
  name: COMMAND_NAME,
  description: 'Xi–Putin meetings, calls and visits from the news archive, with dates and sources',
  // Installed to servers; usable in servers and in a DM with the bot.
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    sub('ask', 'Answer a question with dates and sources', [text('question', 'e.g. when did Xi visit Moscow?', { required: true, min: 2, max: 500 })]),
    sub('search', 'Find sentences in the articles (typos are forgiven)', [
      text('words', 'words or "an exact phrase"; -word excludes', { required: true, max: 200 }),
      text('from', 'earliest article date, YYYY-MM-DD', { min: 4, max: 10 }),
      text('to', 'latest article date, YYYY-MM-DD', { min: 4, max: 10 }),
      whole('page', 'result page', 1, 1000),
    ]),
    sub('timeline', 'Xi–Putin events in date order', [
      text('range', 'e.g. 2022, 2021-11..2022-03, last 2 years', { max: 60 }),
      { type: Option.Boolean, name: 'all', description: 'include context events too', required: false },
      whole('page', 'result page', 1, 1000),
    ]),
    sub('today', 'What happened on this day in earlier years', [
      text('date', 'another day, MM-DD', { min: 3, max: 5 }),
      whole('window', 'days either side', 0, 30),
    ]),
    sub('event', 'One event with every source', [text(AUTOCOMPLETE.eventId, 'event id (start typing a title or date)', { required: true, max: 100, autocomplete: true })]),
    sub('article', 'One article: metadata, text and its events', [text('id', 'article id or file name', { required: true, max: 200 })]),
    {
      type: Option.SubcommandGroup,
      name: 'digest',
      description: 'The daily "on this day" digest for this channel',
      options: [
        sub('subscribe', 'Post the digest here every day (needs Manage Channels)', [
          text('time', 'local time HH:MM (24-hour)', { min: 4, max: 5 }),
          text(AUTOCOMPLETE.zone, 'IANA time zone, e.g. Europe/Berlin', { max: 64, autocomplete: true }),
        ]),
        sub('unsubscribe', 'Stop the digest in this channel (needs Manage Channels)'),
        sub('status', 'Show this channel\'s digest settings'),
        sub('preview', 'Show the digest a day would get', [text('date', 'YYYY-MM-DD (default today)', { min: 10, max: 10 })]),
      ],
    },
    sub('help', 'What Summit can do'),
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** What bulk overwrite sends: the whole list, so registering twice leaves exactly the same commands. */
export const COMMANDS: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = [SUMMIT_COMMAND];
