/** `search`: our query grammar → the index → cited sentence hits, paged. */
import { problem, type Answer, type AnswerItem, type SearchHitData } from '../answer/answer.js';
import { citationFor, type Corpus } from './corpus.js';
import { parseSearchQuery } from './parse-search-query.js';

export const SEARCH_PAGE_SIZE = 10;
export const MAX_SEARCH_LIMIT = 100;

export interface SearchOptions {
  readonly page?: number;
  readonly limit?: number;
}

export function search(corpus: Corpus, raw: string, options: SearchOptions = {}): Answer {
  const parsed = parseSearchQuery(raw);
  if (!parsed.ok) {
    const code = parsed.error.code === 'empty' ? 'did-not-understand' : 'bad-query';
    return problem(code, parsed.error.message, ['search Putin Beijing Olympics', 'search "joint statement" from:2022']);
  }
  const limit = Math.max(1, Math.min(MAX_SEARCH_LIMIT, options.limit ?? SEARCH_PAGE_SIZE));
  const page = Math.max(1, options.page ?? 1);
  const result = corpus.index.search(parsed.value, { limit, offset: (page - 1) * limit, filter: (id) => !id.startsWith('event:') });
  const hits: SearchHitData[] = [];
  const items: AnswerItem[] = [];
  for (const hit of result.hits) {
    const sentence = corpus.sentences.get(hit.id);
    if (!sentence) continue;
    const citation = citationFor(sentence.article, sentence.text);
    hits.push({ article: sentence.article.file, sentence: sentence.text, score: Number(hit.score.toFixed(4)), citation });
    const event = corpus.eventsOfSentence(hit.id)[0];
    items.push({
      ...(sentence.article.published ? { date: sentence.article.published, precision: 'day' as const } : {}),
      title: sentence.article.title,
      citations: [citation],
      ...(event ? { detail: `part of: ${event.title} (${event.date})`, ref: { kind: 'event' as const, id: event.id } } : { ref: { kind: 'article' as const, id: sentence.article.id } }),
    });
  }
  const corrections = result.corrections.map((c) => `${c.from} → ${c.to}`).join(', ');
  const shownFrom = (page - 1) * limit + 1;
  const headline = result.total === 0
    ? `No sentences match “${raw.trim().slice(0, 80)}”.`
    : `${result.total} matching sentence${result.total === 1 ? '' : 's'}${result.total > hits.length ? ` (showing ${shownFrom}–${shownFrom + hits.length - 1})` : ''}:`;
  return {
    kind: 'search',
    headline,
    ...(corrections ? { notice: `Showing results for corrected words: ${corrections}` } : {}),
    items,
    followUps: result.total === 0 ? ['timeline all', 'help'] : [],
    ...(page * limit < result.total ? { nextPage: `search ${raw.trim()} page:${page + 1}` } : {}),
    data: { hits, total: result.total },
  };
}
