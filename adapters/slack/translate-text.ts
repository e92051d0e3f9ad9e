/** Slack message text → the plain words the bot reads: mention markup out, Slack's own entities decoded. */

/**
 * Slack sends user text with `&`, `<`, `>` escaped and mentions, channels and links as `<…>` markup. The bot gets plain
 * words; whatever it echoes is escaped again on the way out (escape-text.ts), so decoding here opens no hole.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<#[A-Z0-9]+>/g, ' ')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => label ?? ' ')
    .replace(/<([^>|]+)\|([^>]+)>/g, '$2')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
