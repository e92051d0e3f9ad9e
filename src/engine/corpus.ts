/** The Corpus: articles, their timexes and events, and the search index, built once and then only read. */
import type { Article, Citation, DatedEvent } from '../domain.js';
import { extractEvents, type EventMention } from '../events/extract-events.js';
import { mergeEvents } from '../events/merge-events.js';
import { borrowDates } from '../events/borrow-dates.js';
import { tagArticle, type ArticleTimex } from '../time/tag-article.js';
import { createSearchIndex, type SearchDoc, type SearchIndex } from './search-index.js';

/** A sentence with what a citation needs, addressed as `<articleId>:<sentenceIndex>` in the search index. */
export interface CorpusSentence {
  readonly key: string;
  readonly article: Article;
  readonly index: number;
  readonly text: string;
}

export interface Corpus {
  readonly articles: readonly Article[];
  readonly events: readonly DatedEvent[];
  readonly sentences: ReadonlyMap<string, CorpusSentence>;
  readonly timexes: ReadonlyMap<string, readonly ArticleTimex[]>;
  readonly index: SearchIndex;
  readonly findArticle: (idOrFile: string) => Article | undefined;
  readonly findEvent: (id: string) => DatedEvent | undefined;
  /** Events a sentence is a source of, so a search hit can point at its event. */
  readonly eventsOfSentence: (key: string) => readonly DatedEvent[];
  /** Articles whose dates or events could not be read (a bug, not bad input): still searchable, without events. */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
  /** Per-article tagging and extraction, by article id: what a cache may keep so an unchanged file is never analysed twice. */
  readonly analyses: ReadonlyMap<string, ArticleAnalysis>;
}

/** Everything the corpus derives from one article alone; merging and indexing need the whole corpus. */
export interface ArticleAnalysis {
  readonly timexes: readonly ArticleTimex[];
  readonly mentions: readonly EventMention[];
}

export function analyseArticle(article: Article): ArticleAnalysis {
  const timexes = tagArticle(article);
  return { timexes, mentions: extractEvents(article, timexes) };
}

export const sentenceKey = (articleId: string, index: number): string => `${articleId}:${index}`;

export function citationFor(article: Article, quote: string): Citation {
  return { article: article.file, title: article.title, outlet: article.outlet, published: article.published, quote };
}

/** `known` holds analyses from an earlier run (by article id); articles not in it are analysed now. */
export function buildCorpus(articles: readonly Article[], known: ReadonlyMap<string, ArticleAnalysis> = new Map()): Corpus {
  const analyses = new Map<string, ArticleAnalysis>();
  const timexes = new Map<string, readonly ArticleTimex[]>();
  const mentions: EventMention[] = [];
  const sentences = new Map<string, CorpusSentence>();
  const docs: SearchDoc[] = [];
  const problems: { file: string; message: string }[] = [];
  for (const article of articles) {
    // One article that trips the tagger or the extractor must not take the whole corpus down with it.
    try {
      const analysis = known.get(article.id) ?? analyseArticle(article);
      analyses.set(article.id, analysis);
      timexes.set(article.id, analysis.timexes);
      mentions.push(...analysis.mentions);
    } catch (error) {
      problems.push({ file: article.file, message: `dates and events skipped: ${error instanceof Error ? error.message : String(error)}` });
    }
    for (const sentence of article.sentences) {
      const key = sentenceKey(article.id, sentence.index);
      sentences.set(key, { key, article, index: sentence.index, text: sentence.text });
      docs.push({
        id: key,
        text: sentence.text,
        title: article.title,
        outlet: article.outlet,
        kind: 'sentence',
        ...(article.published ? { date: article.published } : {}),
      });
    }
  }
  // Undated articles may borrow the day of an occasion other articles date (src/events/borrow-dates.ts).
  const borrowed = borrowDates(articles, analyses);
  const kept = borrowed.replaced.size === 0 ? mentions : mentions.filter((m) => !borrowed.replaced.has(m.articleId));
  const events = mergeEvents(borrowed.mentions.length === 0 ? kept : [...kept, ...borrowed.mentions]);
  // Event titles are searchable too, so "olympics opening" finds the event even where no sentence says it that way.
  for (const event of events) docs.push({ id: `event:${event.id}`, text: event.title, date: event.date, kind: 'event' });
  const eventById = new Map(events.map((event) => [event.id, event]));
  const articleByKey = new Map<string, Article>();
  for (const article of articles) {
    articleByKey.set(article.id, article);
    articleByKey.set(article.file, article);
    articleByKey.set(article.file.replace(/\.[a-z]+$/i, ''), article);
  }
  const articleByFile = new Map(articles.map((a) => [a.file, a]));
  const eventsBySentence = new Map<string, DatedEvent[]>();
  for (const event of events) {
    for (const source of event.sources) {
      const article = articleByFile.get(source.article);
      const sentence = article?.sentences.find((s) => s.text.includes(source.quote) || source.quote.includes(s.text));
      if (!article || !sentence) continue;
      const key = sentenceKey(article.id, sentence.index);
      eventsBySentence.set(key, [...(eventsBySentence.get(key) ?? []), event]);
    }
  }
  return {
    articles,
    events,
    sentences,
    timexes,
    index: createSearchIndex(docs),
    findArticle: (idOrFile) => articleByKey.get(idOrFile),
    findEvent: (id) => eventById.get(id),
    eventsOfSentence: (key) => eventsBySentence.get(key) ?? [],
    problems,
    analyses,
  };
}
