/** Discord's message limits and the two text helpers every Discord payload goes through: escaping and clipping. */

/** Discord's published limits (developers/resources/message.mdx): a violation is a 400 (50035), so we cut locally first. */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Sum of titles, descriptions, field names and values, footers and author names over all embeds of one message. */
  embedTotal: 6000,
  /** Buttons: a custom_id is at most 100 characters, a label at most 80, a row at most 5 buttons. */
  customId: 100,
  buttonLabel: 80,
  buttonsPerRow: 5,
  /** Autocomplete: at most 25 choices, each name and string value at most 100 characters. */
  choices: 25,
  choiceText: 100,
  /** Message nonce: up to 25 characters. */
  nonce: 25,
} as const satisfies Record<string, number>;

/**
 * Cuts `text` to at most `max` UTF-16 units (Discord counts characters; UTF-16 length is never smaller), ending in "…".
 * Never splits a surrogate pair, and never leaves a lone trailing backslash that would escape the ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}

// Characters Discord's markdown gives a meaning to: emphasis, code, spoilers, quotes, headings and subtext, lists,
// masked links, and `<…>` mentions, channels, emoji and timestamps. Discord renders a backslash-escaped punctuation
// mark as itself, so escaping each one is exact and linear-time (discord.js's escapeMarkdown leaves `>`, `-#`, `<@&id>`).
const MARKDOWN = /[\\*_~|`>#[\]()<-]/g;
const NUMBERED_LIST = /^(\s*\d+)\./gm;
/** `@everyone` / `@here` typed as text: a zero-width space after the `@` keeps them from ever reading as a mention. */
const MASS_MENTION = /@(everyone|here)/gi;

/**
 * Text from articles or users, made inert for Discord: shows literally, formats nothing, mentions nobody.
 * Pings are also blocked by `allowedMentions: { parse: [] }` on every send; this keeps the text from even looking like one.
 */
export function escapeEcho(text: string): string {
  return text.replace(MARKDOWN, '\\$&').replace(NUMBERED_LIST, '$1\\.').replace(MASS_MENTION, '@\u200b$1');
}

/** Escapes then clips, capping the raw text first so escaping a huge paragraph never costs more than the limit. */
export function echo(text: string, max: number): string {
  return clip(escapeEcho(text.slice(0, max)), max);
}
