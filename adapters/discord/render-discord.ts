/** Answer → a Discord message: one embed (dates at their precision, sources as quotes), paging and follow-up buttons. */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, AnswerItem } from '../../src/answer/answer.js';
import { formatDate } from '../../src/answer/format-date.js';
import type { Citation } from '../../src/domain.js';
import { clip, echo, LIMITS } from './discord-limits.js';

export interface DiscordReply {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  readonly components: readonly APIActionRowComponent<APIButtonComponentWithCustomId>[];
}

export const BRAND_COLOR = 0x9b2c2c;
/** The next-page button carries no command: the command is read back from the footer of the message it sits on. */
export const NEXT_PAGE_ID = 'summit:next';
/** A follow-up button carries its command in the custom_id (at most 100 characters, so long ones get no button). */
export const RUN_PREFIX = 'summit:run:';
const NEXT_LINE = 'Next page: ';
const QUOTE_LIMIT = 200;
/** Room kept free in the 6,000-character budget for the "n more" line and the footer. */
const RESERVE = 300;

export interface RenderOptions {
  /** An extra footer line (the digest's marker). */
  readonly footerNote?: string;
  /** Digests are posted without buttons: nobody is waiting on an interaction there. */
  readonly buttons?: boolean;
}

const bullet = (citation: Citation): string => {
  const source = [citation.outlet, citation.published ? formatDate(citation.published) : null, citation.article].filter(Boolean).join(', ');
  return `> “${echo(citation.quote, QUOTE_LIMIT)}” — ${echo(source, 200)}`;
};

/** Ids are ours (hex and dashes), but a backtick would end the code span, so none survive. */
const code = (text: string): string => `\`${text.replace(/`/g, '')}\``;

function itemField(item: AnswerItem): APIEmbedField {
  const when = item.date ? `${formatDate(item.date)} — ` : '';
  const lines = [
    ...(item.detail ? [echo(item.detail, 300)] : []),
    ...item.citations.map(bullet),
    ...(item.ref ? [`${item.ref.kind} ${code(item.ref.id)}`] : []),
  ];
  // The value is assembled from already-escaped pieces, so it is clipped at a line break rather than mid-escape.
  let value = '';
  for (const line of lines) {
    const next = value ? `${value}\n${line}` : line;
    if (next.length > LIMITS.fieldValue) break;
    value = next;
  }
  return { name: echo(`${when}${item.title}`, LIMITS.fieldName), value: value || '\u200b' };
}

function description(answer: Answer, headlineInBody: boolean): string {
  const parts: string[] = [];
  if (headlineInBody) parts.push(echo(answer.headline, 1500));
  if (answer.notice) parts.push(`*${echo(answer.notice, 500)}*`);
  if (answer.kind === 'help') {
    parts.push(answer.data.commands.map((c) => `${code(`/summit ${c.usage}`)} — ${echo(c.description, 200)}`).join('\n'));
    parts.push('Or mention me with a question: *@Summit when did Xi visit Moscow?*');
  } else if (answer.kind === 'article') {
    const a = answer.data.article;
    const meta = [a.outlet, a.author, a.published ? `${formatDate(a.published)}${a.publishedInferred ? ' (inferred)' : ''}` : 'date unknown', a.file];
    parts.push(echo(meta.filter(Boolean).join(' · '), 400));
    parts.push(echo(a.paragraphs.join('\n\n'), 2500));
  }
  return clip(parts.join('\n\n'), LIMITS.embedDescription);
}

function buttons(answer: Answer): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const row: APIButtonComponentWithCustomId[] = [];
  if (answer.nextPage) row.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: NEXT_PAGE_ID, label: 'Next page' });
  for (const followUp of answer.followUps) {
    const id = `${RUN_PREFIX}${followUp}`;
    if (row.length >= LIMITS.buttonsPerRow || id.length > LIMITS.customId) continue;
    // Button labels show no markdown, so they need clipping but no escaping.
    row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: id, label: clip(followUp, LIMITS.buttonLabel) });
  }
  return row.length > 0 ? [{ type: ComponentType.ActionRow, components: row }] : [];
}

const embedSize = (e: APIEmbed): number =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Problems are plain text, shown to the asker only where the platform allows (interactions). */
function renderProblem(answer: Answer, withButtons: boolean): DiscordReply {
  const tries = answer.followUps.length > 0 ? `\nTry: ${answer.followUps.map((f) => echo(f, 200)).join(' · ')}` : '';
  return { content: clip(`${echo(answer.headline, 1500)}${tries}`, LIMITS.content), embeds: [], components: withButtons ? buttons(answer) : [] };
}

export function renderDiscord(answer: Answer, options: RenderOptions = {}): DiscordReply {
  const withButtons = options.buttons ?? true;
  if (answer.kind === 'problem') return renderProblem(answer, withButtons);
  const headlineInBody = answer.headline.length > LIMITS.embedTitle;
  const footer = [answer.nextPage ? `${NEXT_LINE}${answer.nextPage}` : '', options.footerNote ?? ''].filter(Boolean).join('\n');
  const title = headlineInBody ? '' : echo(answer.headline, LIMITS.embedTitle);
  const footerText = clip(footer, LIMITS.footer);
  // Title, description and footer alone could pass 6,000 (256 + 4,096 + 2,048): the description gives way.
  const body = clip(description(answer, headlineInBody), Math.min(LIMITS.embedDescription, LIMITS.embedTotal - RESERVE - title.length - footerText.length));
  const embed: APIEmbed = {
    color: BRAND_COLOR,
    ...(title ? { title } : {}),
    ...(body ? { description: body } : {}),
    ...(footerText ? { footer: { text: footerText } } : {}),
  };
  const fields: APIEmbedField[] = [];
  let size = embedSize(embed);
  for (const item of answer.items) {
    const field = itemField(item);
    if (fields.length >= LIMITS.embedFields - 1 || size + field.name.length + field.value.length > LIMITS.embedTotal - RESERVE) break;
    fields.push(field);
    size += field.name.length + field.value.length;
  }
  const hidden = answer.items.length - fields.length;
  if (hidden > 0) fields.push({ name: '\u200b', value: `…and ${hidden} more not shown here${answer.nextPage ? '; see the next page' : ''}.` });
  return { embeds: [{ ...embed, ...(fields.length > 0 ? { fields } : {}) }], components: withButtons ? buttons(answer) : [] };
}

/** The next-page command stored in the footer of a message this bot rendered, or null. */
export function nextPageOf(footerText: string | null | undefined): string | null {
  const line = footerText?.split('\n').find((l) => l.startsWith(NEXT_LINE));
  return line ? line.slice(NEXT_LINE.length).trim() || null : null;
}
