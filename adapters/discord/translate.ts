/** Discord input → the shared command grammar (parse-command.ts): slash-command options and mention text become one line. */

export type OptionValue = string | number | boolean;

/** The parts of a `/summit` invocation the translator needs, taken off the interaction by the adapter. */
export interface SlashInvocation {
  readonly group: string | null;
  readonly subcommand: string;
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
}

const word = (value: OptionValue | undefined): string => (value === undefined || value === false ? '' : String(value).trim());
const tagged = (tag: string, value: OptionValue | undefined): string => (word(value) ? `${tag}${word(value)}` : '');
const join = (...parts: readonly string[]): string => parts.filter(Boolean).join(' ');

/** `page:N` only past the first page, as the engine writes its own next-page commands. */
const page = (value: OptionValue | undefined): string => (typeof value === 'number' && value > 1 ? `page:${value}` : '');

/** The text command a slash invocation stands for, in the grammar every surface shares. */
export function slashToText({ group, subcommand, options: o }: SlashInvocation): string {
  if (group === 'digest') {
    switch (subcommand) {
      case 'subscribe':
        return join('digest subscribe', word(o.time), word(o.zone));
      case 'preview':
        return join('digest preview', word(o.date));
      default:
        return `digest ${subcommand}`;
    }
  }
  switch (subcommand) {
    case 'ask':
      return join('ask', word(o.question));
    case 'search':
      return join('search', word(o.words), tagged('from:', o.from), tagged('to:', o.to), page(o.page));
    case 'timeline':
      return join('timeline', word(o.range), o.all === true ? 'all' : '', page(o.page));
    case 'today':
      return join('today', word(o.date), typeof o.window === 'number' && o.window > 0 ? `--window ${o.window}` : '');
    case 'event':
      return join('event', word(o.id));
    case 'article':
      return join('article', word(o.id));
    default:
      return 'help';
  }
}

/**
 * A message that mentions the bot, as a command: the bot's own mention (`<@id>` or the legacy `<@!id>`) is removed
 * wherever it stands; what is left is a command or a question. Other mentions stay as text for the engine to ignore.
 */
export function mentionToText(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
