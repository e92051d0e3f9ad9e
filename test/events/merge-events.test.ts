import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import type { EventMention } from '../../src/events/extract-events.js';
import type { IsoDate } from '../../src/domain.js';
import { mergeEvents } from '../../src/events/merge-events.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

function mentionsOf(file: string, published: string, sentence: string, dates: ReadonlyArray<readonly [string, string]>): EventMention[] {
  const article = makeArticle(file, published, ['No comment was given.', sentence]);
  return extractEvents(article, dates.map(([text, value]) => timex(article, 1, text, value)));
}

describe('mergeEvents', () => {
  const early = mentionsOf('early.txt', '2030-04-02', 'Putin will visit Beijing in May for talks with Xi.', [['May', '2030-05']]);
  const late = mentionsOf('late.txt', '2030-05-14', 'Xi held talks with Putin in Beijing on Monday.', [['Monday', '2030-05-13']]);

  it('merges a month-precision report into the day it contains, keeping the finer date and both sources', () => {
    const events = mergeEvents([...early, ...late]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2030-05-13', precision: 'day', central: true });
    expect(events[0]?.sources.map((s) => s.article)).toEqual(['early.txt', 'late.txt']);
  });

  it('keeps two different events on the same day apart', () => {
    const call = mentionsOf('c.txt', '2030-05-14', 'Putin held a phone call with President Lena Marsh on Monday.', [['Monday', '2030-05-13']]);
    const events = mergeEvents([...late, ...call]);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.central)).toEqual([true, false]);
  });

  it('makes one occasion of the two leaders\' day: the visit, the talks and the banquet', () => {
    const visit = mentionsOf('v.txt', '2030-05-14', 'Xi began a state visit to Russia on Monday.', [['Monday', '2030-05-13']]);
    const talks = mentionsOf('t.txt', '2030-05-14', 'Xi and Putin held talks in the Kremlin on Monday.', [['Monday', '2030-05-13']]);
    const banquet = mentionsOf('b.txt', '2030-05-14', 'Putin hosted Xi at a banquet in Moscow on Monday.', [['Monday', '2030-05-13']]);
    const events = mergeEvents([...visit, ...talks, ...banquet]);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources.map((s) => s.article)).toEqual(['b.txt', 't.txt', 'v.txt']);
  });

  it('keeps the leaders\' same-day events apart when their places cannot be one venue', () => {
    const moscow = mentionsOf('m.txt', '2030-05-14', 'Xi and Putin held talks in Moscow on Monday.', [['Monday', '2030-05-13']]);
    const lima = mentionsOf('l.txt', '2030-05-14', 'Xi and Putin signed a pact in Lima on Monday.', [['Monday', '2030-05-13']]);
    expect(mergeEvents([...moscow, ...lima])).toHaveLength(2);
  });

  it('merges the same day told by two articles in other words', () => {
    const a = mentionsOf('a.txt', '2030-05-13', 'Xi and Putin on Monday held a virtual summit.', [['Monday', '2030-05-13']]);
    const b = mentionsOf('b.txt', '2030-05-14', 'The Chinese president met Putin by video link on Monday.', [['Monday', '2030-05-13']]);
    const events = mergeEvents([...a, ...b]);
    expect(events).toHaveLength(1);
    expect(events[0]?.sources).toHaveLength(2);
  });

  it('does not merge a coarse mention into an event of other people', () => {
    const other = mentionsOf('o.txt', '2030-04-02', 'President Lena Marsh will visit Beijing in May.', [['May', '2030-05']]);
    expect(mergeEvents([...other, ...late])).toHaveLength(2);
  });

  it('gives stable, URL-safe ids that do not depend on input order', () => {
    const forward = mergeEvents([...early, ...late]).map((e) => e.id);
    const backward = mergeEvents([...late, ...early]).map((e) => e.id);
    expect(forward).toEqual(backward);
    for (const id of forward) expect(id).toMatch(/^[A-Za-z0-9-]+$/);
  });

  it('dedupes identical quotes and sorts by date with central events first', () => {
    const side = mentionsOf('s.txt', '2030-05-14', 'President Lena Marsh visited India on Monday.', [['Monday', '2030-05-13']]);
    const events = mergeEvents([...side, ...late, ...late]);
    expect(events.map((e) => e.central)).toEqual([true, false]);
    expect(events[0]?.sources).toHaveLength(1);
  });
});

describe('event order and titles in the merged timeline', () => {
  it('sorts a week among the days it holds, not after them', async () => {
    const { mergeEvents } = await import('../../src/events/merge-events.js');
    const base = { articleId: 'a', file: 'a.txt', action: 'meet' as const, participants: ['Someone Else'], citation: { article: 'a.txt', title: 't', outlet: null, published: null, quote: 'q' } };
    const events = mergeEvents([
      { ...base, sentenceIndex: 0, quote: 'They met on December 15.', date: '2021-12-15', precision: 'day', title: 'A meets B', citation: { ...base.citation, quote: 'They met on December 15.' } },
      { ...base, sentenceIndex: 1, quote: 'They met last week.', date: '2021-W46', precision: 'week', title: 'C meets D', participants: ['Other Person'], citation: { ...base.citation, quote: 'They met last week.' } },
    ]);
    expect(events.map((e) => e.date)).toEqual(['2021-W46', '2021-12-15']);
  });

  it('titles an event from its quote when the extracted title is a bare noun', async () => {
    const { mergeEvents } = await import('../../src/events/merge-events.js');
    const quote = 'The port city hosted a regional trade fair in 2011, drawing thousands of visitors from across the continent.';
    const [event] = mergeEvents([{ articleId: 'a', file: 'a.txt', sentenceIndex: 0, quote, date: '2011', precision: 'year', action: 'host', title: 'Meeting', participants: [], citation: { article: 'a.txt', title: 't', outlet: null, published: null, quote } }]);
    expect(event?.title).toBe('The port city hosted a regional trade fair in 2011, drawing thousands…');
  });
});

describe('the title of a meeting each report tells from one side', () => {
  it('names both leaders when the merged encounter has both and its representative names one', () => {
    const mention = (sentenceIndex: number, action: EventMention['action'], participants: string[], title: string): EventMention => ({
      articleId: 'id-sides', file: 'sides.txt', sentenceIndex, quote: title, date: '2030-05-13', precision: 'day', action, title,
      participants, place: 'Kazan', citation: { article: 'sides.txt', title: 'Sides', outlet: null, published: '2030-05-15' as IsoDate, quote: title },
    });
    const [event, ...rest] = mergeEvents([
      mention(1, 'meet', ['Xi Jinping'], 'Xi Jinping holds a meeting in Kazan'),
      mention(2, 'statement', ['Vladimir Putin', 'Xi Jinping'], 'Vladimir Putin and Xi Jinping make a statement'),
    ]);
    expect(rest).toEqual([]);
    expect(event?.participants).toEqual(['Xi Jinping', 'Vladimir Putin']);
    expect(event?.title).toBe('Xi Jinping and Vladimir Putin meet in Kazan');
  });
});
