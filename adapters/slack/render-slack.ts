/** Answer → Block Kit: headline, dated items with their sources, More / Post in channel buttons, and a plain-text fallback. */
import type { Citation } from '../../src/domain.js';
import type { Answer, AnswerItem } from '../../src/answer/answer.js';
import { formatDate } from '../../src/answer/format-date.js';
import { renderText, truncate } from '../../src/answer/render-text.js';
import { clipEscaped } from './escape-text.js';
import { commandExamples } from './help-examples.js';
import { button, context, section, untrusted, type ButtonElement, type SlackBlock, type SlackMessage } from './slack-blocks.js';
import { ITEMS_PER_MESSAGE, SLACK_LIMITS } from './slack-limits.js';

export const ACTION_MORE = 'summit_more';
export const ACTION_SHARE = 'summit_post_in_channel';

export interface RenderOptions {
  /** The slash command's name, for help examples and hints. */
  readonly command: string;
  /** The command text to re-run when "Post in channel" is pressed; absent: no such button (replies already visible). */
  readonly shareText?: string;
  /** Who shared an ephemeral answer into the channel, shown under it (a Slack user id from the signed payload). */
  readonly sharedBy?: string;
}

const QUOTE_LIMIT = 280;
const PARAGRAPHS_SHOWN = 4;

/** "Reuters, 4 February 2022 · `moscow-visit.txt`": outlet, date at its precision, and the file the quote is from. */
export function sourceLine(citation: Citation): string {
  const parts = [citation.outlet, citation.published ? formatDate(citation.published) : null].filter((p): p is string => Boolean(p));
  return `${untrusted(parts.join(', ') || citation.title)} · \`${untrusted(citation.article)}\``;
}

function itemBlocks(item: AnswerItem): SlackBlock[] {
  const when = item.date ? `*${untrusted(formatDate(item.date))}* — ` : '';
  const lines = [`${when}${untrusted(item.title)}`];
  if (item.detail) lines.push(untrusted(item.detail));
  const quote = item.citations[0]?.quote;
  if (quote) lines.push(`> ${untrusted(truncate(quote.replace(/\s+/g, ' '), QUOTE_LIMIT))}`);
  const blocks: SlackBlock[] = [section(lines.join('\n'))];
  const sources = item.citations.map(sourceLine);
  if (item.ref) sources.push(`\`${item.ref.kind} ${untrusted(item.ref.id)}\``);
  if (sources.length > 0) blocks.push(context(sources));
  return blocks;
}

function helpBlocks(answer: Extract<Answer, { kind: 'help' }>, command: string): SlackBlock[] {
  const lines = commandExamples(answer.data.commands, command).map((c) => `\`${untrusted(c.example)}\` — ${untrusted(c.description)}`);
  return [section(lines.join('\n'))];
}

function articleBlocks(answer: Extract<Answer, { kind: 'article' }>): SlackBlock[] {
  const article = answer.data.article;
  const facts = [article.outlet, article.author, article.published ? formatDate(article.published) : null].filter((f): f is string => Boolean(f));
  const blocks: SlackBlock[] = [context([`${untrusted(facts.join(' · ') || 'no byline')} · \`${untrusted(article.file)}\``])];
  for (const paragraph of article.paragraphs.slice(0, PARAGRAPHS_SHOWN)) blocks.push(section(untrusted(paragraph)));
  const hidden = article.paragraphs.length - PARAGRAPHS_SHOWN;
  if (hidden > 0) blocks.push(context([`${hidden} more paragraph${hidden === 1 ? '' : 's'} not shown`]));
  return blocks;
}

function buttons(answer: Answer, options: RenderOptions): ButtonElement[] {
  const elements: ButtonElement[] = [];
  if (answer.nextPage) elements.push(button('More', ACTION_MORE, answer.nextPage));
  if (options.shareText !== undefined) elements.push(button('Post in channel', ACTION_SHARE, options.shareText, true));
  return elements;
}

/** Plain-text fallback: the console rendering, escaped, within the notification limit. */
export function fallbackText(answer: Answer): string {
  return clipEscaped(untrusted(renderText(answer)), SLACK_LIMITS.fallbackText);
}

export function renderSlack(answer: Answer, options: RenderOptions): SlackMessage {
  const head: SlackBlock[] = [section(`*${untrusted(answer.headline)}*`)];
  if (answer.notice) head.push(context([untrusted(answer.notice)]));
  if (answer.kind === 'help') head.push(...helpBlocks(answer, options.command));
  if (answer.kind === 'article') head.push(...articleBlocks(answer));

  const tail: SlackBlock[] = [];
  if (answer.followUps.length > 0) {
    tail.push(context([`Try: ${answer.followUps.map((f) => `\`${untrusted(`${options.command} ${f}`)}\``).join(' · ')}`]));
  }
  if (options.sharedBy && /^[UW][A-Z0-9]{2,}$/.test(options.sharedBy)) tail.push(context([`Shared by <@${options.sharedBy}> with \`${untrusted(options.command)}\``]));
  const actions = buttons(answer, options);
  if (actions.length > 0) tail.push({ type: 'actions', elements: actions });

  // Whatever happens, the message stays within Slack's 50 blocks: items get what the head and tail leave over.
  const room = SLACK_LIMITS.messageBlocks - head.length - tail.length - 1;
  const items: SlackBlock[] = [];
  let shown = 0;
  for (const item of answer.items.slice(0, ITEMS_PER_MESSAGE)) {
    const blocks = itemBlocks(item);
    if (items.length + blocks.length > room) break;
    items.push(...blocks);
    shown += 1;
  }
  const unshown = answer.items.length - shown;
  if (unshown > 0 && !answer.nextPage) items.push(context([`…and ${unshown} more not shown here; narrow the question to see them.`]));
  return { text: fallbackText(answer), blocks: [...head, ...items, ...tail] };
}
