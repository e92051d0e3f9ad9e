import { describe, expect, it } from 'vitest';
import { ACTION_MORE, ACTION_SHARE, renderSlack } from '../../../adapters/slack/render-slack.js';
import type { SlackBlock } from '../../../adapters/slack/slack-blocks.js';
import type { Answer, AnswerItem } from '../../../src/answer/answer.js';
import type { Citation, IsoDate } from '../../../src/domain.js';
import { COMMANDS } from '../../../src/engine/help.js';

const citation: Citation = { article: 'moscow.txt', title: 'Xi in Moscow', outlet: 'Reuters', published: '2023-03-21' as IsoDate, quote: 'Xi arrived in Moscow on Monday.' };
const item = (title: string, date = '2023-03-20', precision: AnswerItem['precision'] = 'day'): AnswerItem =>
  ({ date, precision, title, citations: [citation], ref: { kind: 'event', id: 'ev1' } });
const timeline = (items: AnswerItem[], nextPage?: string): Answer =>
  ({ kind: 'timeline', headline: `${items.length} events:`, items, followUps: ['today'], data: { events: [] }, ...(nextPage ? { nextPage } : {}) });
const texts = (blocks: readonly SlackBlock[]): string[] => blocks.flatMap((b) =>
  b.type === 'section' ? [b.text.text] : b.type === 'context' ? b.elements.map((e) => e.text) : []);
const buttons = (blocks: readonly SlackBlock[]) => blocks.flatMap((b) => (b.type === 'actions' ? b.elements : []));

describe('renderSlack', () => {
  it('shows each date at its precision, the sources line and the event ref', () => {
    const message = renderSlack(timeline([item('Visit', '2023-03-20'), item('Talks', '2021-W46', 'week'), item('Deal', '2022-02', 'month'), item('Treaty', '2001', 'year')]), { command: '/summit' });
    const all = texts(message.blocks).join('\n');
    expect(all).toContain('*20 March 2023* — Visit');
    expect(all).toContain('*the week of 15 Nov–21 Nov 2021* — Talks');
    expect(all).toContain('*February 2022* — Deal');
    expect(all).toContain('*2001* — Treaty');
    expect(all).toContain('Reuters, 21 March 2023 · `moscow.txt`');
    expect(all).toContain('`event ev1`');
    expect(message.text).toContain('Visit');
  });

  it('stays within 50 blocks and 3,000 characters per text however big the answer', () => {
    const long = 'x'.repeat(10_000);
    const message = renderSlack({ ...timeline(Array.from({ length: 200 }, () => item(long))), notice: long, headline: long }, { command: '/summit', shareText: long });
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
    for (const b of buttons(message.blocks)) expect(b.value.length).toBeLessThanOrEqual(2000);
    expect(message.text.length).toBeLessThanOrEqual(3000);
    expect(texts(message.blocks).join()).toContain('more not shown');
  });

  it('pages with a More button carrying the next page command, and offers Post in channel only when asked', () => {
    const paged = renderSlack(timeline([item('a')], 'timeline page:2'), { command: '/summit', shareText: 'timeline' });
    expect(buttons(paged.blocks).map((b) => [b.action_id, b.value])).toEqual([[ACTION_MORE, 'timeline page:2'], [ACTION_SHARE, 'timeline']]);
    expect(buttons(renderSlack(timeline([item('a')]), { command: '/summit' }).blocks)).toEqual([]);
  });

  it('lists help as one compact section with one example per command', () => {
    const help: Answer = { kind: 'help', headline: 'Summit knows 4 articles', items: [], followUps: [], data: { commands: COMMANDS } };
    const message = renderSlack(help, { command: '/ask' });
    expect(message.blocks.length).toBeLessThanOrEqual(3);
    const all = texts(message.blocks).join('\n');
    expect(all).toContain('`/ask timeline 2022`');
    expect(all.split('\n').filter((l) => l.startsWith('`/ask')).length).toBe(COMMANDS.length);
  });

  it('renders kinds it does not know by their headline and items', () => {
    const other = { kind: 'digest-settings', headline: 'Digest: daily at 09:00 UTC', items: [item('next')], followUps: [], data: {} } as unknown as Answer;
    expect(texts(renderSlack(other, { command: '/summit' }).blocks).join()).toContain('Digest: daily at 09:00 UTC');
  });

  it('marks every text verbatim so Slack auto-links and auto-mentions nothing', () => {
    const message = renderSlack(timeline([item('a')]), { command: '/summit' });
    for (const b of message.blocks) {
      if (b.type === 'section') expect(b.text.verbatim).toBe(true);
      if (b.type === 'context') for (const e of b.elements) expect(e.verbatim).toBe(true);
    }
  });
});
