import { describe, expect, it } from 'vitest';
import type { Article, IsoDate, Sentence } from '../../src/domain.js';
import { tagArticle } from '../../src/time/tag-article.js';

const FILE_TEXT = 'Published: 2022-03-16\n\nThe envoy arrived on Monday. Talks will resume next week.\n';

function articleOf(published: IsoDate | null): Article {
  const texts = ['The envoy arrived on Monday.', 'Talks will resume next week.'];
  const sentences: Sentence[] = texts.map((text, index) => ({ index, paragraph: 0, text, offset: FILE_TEXT.indexOf(text) }));
  return {
    id: 'a1', file: 'a1.txt', title: 'Envoy arrives', outlet: null, author: null, published, publishedInferred: false,
    paragraphs: [texts.join(' ')], sentences,
  };
}

describe('tagArticle', () => {
  it('tags every sentence against the publication date and reports file offsets', () => {
    const timexes = tagArticle(articleOf('2022-03-16' as IsoDate));
    expect(timexes).toEqual([
      { text: 'Monday', offset: FILE_TEXT.indexOf('Monday'), type: 'DATE', value: '2022-03-14', sentenceIndex: 0 },
      { text: 'next week', offset: FILE_TEXT.indexOf('next week'), type: 'DATE', value: '2022-W12', sentenceIndex: 1 },
    ]);
    for (const t of timexes) expect(FILE_TEXT.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
  });

  it('lets the caller override the date, or withhold it', () => {
    expect(tagArticle(articleOf('2022-03-16' as IsoDate), '2022-03-23' as IsoDate)[0]?.value).toBe('2022-03-21');
    expect(tagArticle(articleOf('2022-03-16' as IsoDate), null)[0]?.value).toBe('XXXX-WXX-1');
    expect(tagArticle(articleOf(null))[1]?.value).toBe('XXXX-WXX');
  });
});
