/** A Corpus made from hand-built events, for engine tests that are about dates and not about extraction. */
import type { Citation, DatedEvent, Precision } from '../../src/domain.js';
import type { Corpus } from '../../src/engine/corpus.js';
import { createSearchIndex } from '../../src/engine/search-index.js';

export function citation(quote: string, article = 'fixture.txt'): Citation {
  return { article, title: 'A fixture article', outlet: 'Fixture News', published: null, quote };
}

export function datedEvent(id: string, date: string, precision: Precision, options: Partial<DatedEvent> = {}): DatedEvent {
  return {
    id,
    date,
    precision,
    title: options.title ?? `event ${id}`,
    participants: options.participants ?? ['Xi Jinping', 'Vladimir Putin'],
    central: options.central ?? true,
    sources: options.sources ?? [citation(`quote for ${id}`)],
    ...(options.place ? { place: options.place } : {}),
    ...(options.endDate ? { endDate: options.endDate } : {}),
  };
}

export function corpusOfEvents(events: readonly DatedEvent[]): Corpus {
  const byId = new Map(events.map((e) => [e.id, e]));
  return {
    articles: [],
    events,
    sentences: new Map(),
    timexes: new Map(),
    index: createSearchIndex(events.map((e) => ({ id: `event:${e.id}`, text: e.title, date: e.date, kind: 'event' as const }))),
    findArticle: () => undefined,
    findEvent: (id) => byId.get(id),
    eventsOfSentence: () => [],
    problems: [],
    analyses: new Map(),
  };
}
