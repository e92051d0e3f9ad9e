/** The whole events stage over a corpus: extract mentions from every article, then merge them into events. */
import type { Article, DatedEvent } from '../domain.js';
import { extractEvents } from './extract-events.js';
import type { SentenceTimex } from './extract-events.js';
import { mergeEvents } from './merge-events.js';

export function buildEvents(articles: readonly Article[], tagAll: (a: Article) => readonly SentenceTimex[]): DatedEvent[] {
  return mergeEvents(articles.flatMap((a) => extractEvents(a, tagAll(a))));
}
