/** Untrusted text → Slack text: `&`, `<` and `>` are Slack's control characters, so escaping them disarms every special form. */

/**
 * `<!channel>`, `<!here>`, `<!everyone>`, `<@U…>`, `<!subteam^…>` and `<url|label>` all start with `<`, so once `<` and `>`
 * are entities nothing the user typed can ping or disguise a link. `&` goes first so an entity the user typed stays literal.
 */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts to `limit` characters without splitting an entity made by escapeSlackText (Slack would show its remains). */
export function clipEscaped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - 1));
  const amp = cut.lastIndexOf('&');
  if (amp !== -1 && !cut.slice(amp).includes(';')) cut = cut.slice(0, amp);
  return `${cut}…`;
}
