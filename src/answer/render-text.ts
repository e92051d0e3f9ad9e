/** Answer → plain text for the console adapter and the command line. */
import type { Citation } from '../domain.js';
import type { Answer, AnswerItem } from './answer.js';
import { formatDate } from './format-date.js';

const QUOTE_LIMIT = 220;

/** Shortens at a word boundary so quotes stay readable; the citation still names the whole source. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > limit * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export function renderCitation(citation: Citation): string {
  const source = [citation.outlet, citation.published].filter(Boolean).join(', ');
  return `“${truncate(citation.quote, QUOTE_LIMIT)}” — ${source ? `${source}, ` : ''}${citation.article}`;
}

function renderItem(item: AnswerItem): string[] {
  const when = item.date ? `${formatDate(item.date)} — ` : '';
  const ref = item.ref ? `  [${item.ref.kind} ${item.ref.id}]` : '';
  const lines = [`• ${when}${item.title}${ref}`];
  if (item.detail) lines.push(`    ${item.detail}`);
  for (const citation of item.citations) lines.push(`    ${renderCitation(citation)}`);
  return lines;
}

export function renderText(answer: Answer): string {
  const lines: string[] = [answer.headline];
  if (answer.notice) lines.push(answer.notice);
  if (answer.kind === 'help') {
    const width = Math.max(...answer.data.commands.map((c) => c.usage.length));
    for (const command of answer.data.commands) lines.push(`  ${command.usage.padEnd(width)}  ${command.description}`);
  } else if (answer.kind === 'article') {
    const article = answer.data.article;
    lines.push(`  file: ${article.file}${article.outlet ? ` · outlet: ${article.outlet}` : ''}${article.author ? ` · author: ${article.author}` : ''}`);
    lines.push(`  published: ${article.published ?? 'unknown'}${article.publishedInferred ? ' (inferred)' : ''}`);
    for (const paragraph of article.paragraphs) lines.push('', `  ${paragraph}`);
  }
  for (const item of answer.items) lines.push(...renderItem(item));
  if (answer.nextPage) lines.push(`More: ${answer.nextPage}`);
  if (answer.followUps.length > 0) lines.push(`Try: ${answer.followUps.join(' · ')}`);
  return lines.join('\n');
}
