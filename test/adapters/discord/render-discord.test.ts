import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, escapeEcho, LIMITS } from '../../../adapters/discord/discord-limits.js';
import { nextPageOf, NEXT_PAGE_ID, renderDiscord } from '../../../adapters/discord/render-discord.js';
import { problem, type Answer, type AnswerItem } from '../../../src/answer/answer.js';

const item = (i: number, quote = 'They met in Moscow.'): AnswerItem => ({
  date: '2022-02', precision: 'month', title: `Event ${i}`, detail: 'Xi Jinping, Vladimir Putin',
  citations: [{ article: `a${i}.txt`, title: 'T', outlet: 'Wire', published: null, quote }], ref: { kind: 'event', id: `ev-${i}` },
});
const timeline = (items: readonly AnswerItem[], extra: Partial<Answer> = {}): Answer =>
  ({ kind: 'timeline', headline: `${items.length} Xi–Putin events:`, items, followUps: ['today'], data: { events: [] }, ...extra }) as Answer;

const embedTotal = (answer: Answer): number => renderDiscord(answer).embeds.reduce((n, e) =>
  n + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((m, f) => m + f.name.length + f.value.length, 0), 0);

describe('renderDiscord', () => {
  it('shows each date at its precision, with its sources and event id', () => {
    const [field] = renderDiscord(timeline([item(1)])).embeds[0]!.fields!;
    expect(field!.name).toBe('February 2022 — Event 1');
    expect(field!.value).toContain('> “They met in Moscow.” — Wire, a1.txt');
    expect(field!.value).toContain('event `ev-1`');
  });

  it('keeps a long answer within 25 fields, 1,024 per value and 6,000 in all, and says what was left out', () => {
    const many = timeline(Array.from({ length: 40 }, (_, i) => item(i, 'q'.repeat(900))), { nextPage: 'timeline page:2' });
    const embed = renderDiscord(many).embeds[0]!;
    expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields!) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embedTotal(many)).toBeLessThanOrEqual(LIMITS.embedTotal);
    expect(embed.fields!.at(-1)!.value).toMatch(/more not shown here; see the next page/);
  });

  it('lets the description give way when title, article text and footer would pass 6,000 together', () => {
    const article: Answer = {
      kind: 'article', headline: 'H'.repeat(300), items: [], followUps: [], nextPage: `search ${'x'.repeat(2040)}`,
      data: { article: { id: 'a', file: 'a.txt', title: 't', outlet: null, author: null, published: null, publishedInferred: false, paragraphs: ['p'.repeat(9000)], events: [] } },
    };
    const embed = renderDiscord(article).embeds[0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embedTotal(article)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('puts the next-page command in the footer and a Next page button on the message', () => {
    const reply = renderDiscord(timeline([item(1)], { nextPage: 'timeline 2022 page:2' }));
    expect(nextPageOf(reply.embeds[0]!.footer!.text)).toBe('timeline 2022 page:2');
    const ids = reply.components[0]!.components.map((b) => b.custom_id);
    expect(ids).toEqual([NEXT_PAGE_ID, 'summit:run:today']);
    expect(renderDiscord(timeline([item(1)]), { buttons: false }).components).toEqual([]);
  });

  it('renders problems as plain text within 2,000 characters', () => {
    const reply = renderDiscord(problem('bad-query', 'x'.repeat(5000), ['help']));
    expect(reply.embeds).toEqual([]);
    expect(reply.content!.length).toBeLessThanOrEqual(LIMITS.content);
  });

  it('makes echoed text inert: masked links, headings, subtext, quotes, spoilers, fences and mentions', () => {
    const hostile = '[bank.com](https://evil) # heading\n-# subtext\n> quote ||spoiler|| ```fence <@&123> <@456> @everyone @here 1. list';
    const out = escapeEcho(hostile);
    expect(out).not.toMatch(/(^|[^\\])\[/);
    expect(out).not.toMatch(/(^|[^\\])</);
    expect(out).not.toMatch(/@(everyone|here)/);
    expect(out).toContain('\\#');
    expect(out).toContain('\\-\\#');
    expect(out).toContain('\\|\\|');
    const rendered = renderDiscord(timeline([{ ...item(1), title: hostile }]));
    expect(rendered.embeds[0]!.fields![0]!.name).not.toMatch(/(^|[^\\])\[bank/);
  });

  it('escapes every markdown character and clips without splitting surrogate pairs or escapes (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (text, max) => {
      const escaped = escapeEcho(text);
      // Removing every escape pair leaves no markdown character behind.
      expect(escaped.replace(/\\[\\*_~|`>#[\]()<.-]/g, '')).not.toMatch(/[\\*_~|`>#[\]()<]/);
      const cut = clip(escaped, max);
      expect(cut.length).toBeLessThanOrEqual(Math.max(max, escaped.length <= max ? escaped.length : max));
      expect(cut).not.toMatch(/[\ud800-\udbff]…?$/);
      expect(/(?:^|[^\\])(?:\\\\)*\\…$/.test(cut)).toBe(false);
    }), { numRuns: 2000 });
  });
});
