/** `event <id>` and `article <id>`: the full record with every source. */
import { problem, type Answer } from '../answer/answer.js';
import type { Corpus } from './corpus.js';
import { eventItem } from './event-items.js';

export function showEvent(corpus: Corpus, id: string): Answer {
  const event = corpus.findEvent(id);
  if (!event) return problem('not-found', `No event has the id "${id.slice(0, 40)}". Ids appear in brackets after each timeline entry.`, ['timeline all']);
  return {
    kind: 'event',
    headline: event.title,
    items: [eventItem(event, { allSources: true })],
    followUps: [`today ${event.date.slice(5, 10)}`].filter(() => event.precision === 'day'),
    data: { event },
  };
}

export function showArticle(corpus: Corpus, id: string): Answer {
  const article = corpus.findArticle(id);
  if (!article) return problem('not-found', `No article has the id or file name "${id.slice(0, 80)}".`, ['search <words>']);
  const events = corpus.events.filter((event) => event.sources.some((source) => source.article === article.file));
  return {
    kind: 'article',
    headline: article.title,
    items: events.map((event) => eventItem(event)),
    followUps: [],
    data: {
      article: {
        id: article.id,
        file: article.file,
        title: article.title,
        outlet: article.outlet,
        author: article.author,
        published: article.published,
        publishedInferred: article.publishedInferred,
        paragraphs: article.paragraphs,
        events,
      },
    },
  };
}
