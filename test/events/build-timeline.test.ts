import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../src/events/build-timeline.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

describe('buildEvents', () => {
  it('extracts from every article with its own timexes and merges across them', () => {
    const a = makeArticle('a.txt', '2030-05-13', ['Markets were calm.', 'Xi and Putin met in Beijing on Monday.']);
    const b = makeArticle('b.txt', '2030-05-14', ['Markets were calm.', 'The Chinese president met Putin in Beijing on Monday.']);
    const tags = new Map([[a, [timex(a, 1, 'Monday', '2030-05-13')]], [b, [timex(b, 1, 'Monday', '2030-05-13')]]]);
    const events = buildEvents([a, b], (article) => tags.get(article) ?? []);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2030-05-13', central: true, place: 'Beijing' });
    expect(events[0]?.sources.map((s) => s.article)).toEqual(['a.txt', 'b.txt']);
  });
});
