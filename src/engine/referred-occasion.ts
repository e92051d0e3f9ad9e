/**
 * The occurrence a dated sentence points back at. News often tells what happened first, undated ("Smith draped his coat
 * over Jones's shoulders at the gala in Lyon."), and dates it later by a definite reference that names no one: "The
 * incident at this week's gala was broadcast live." The dated event then knows neither its people nor its place; the
 * sentences before it, up to the nearest one that reports some other event, do.
 */
import type { Article, Citation, DatedEvent } from '../domain.js';
import { citationFor, sentenceKey, type Corpus } from './corpus.js';

/**
 * A sentence that opens on a definite reference to an occurrence already told: "The incident", "This encounter", "That
 * episode". Opening the sentence, it is the sentence's subject; further in ("after the incident") it may be anything.
 */
const OPENS_ON_REFERENCE = /^\s*(?:the|this|that)\s+(?:\p{Ll}+\s+)?(?:incident|episode|encounter|gesture|scene|moment|exchange|spectacle|display|meeting)\b/iu;
/** How far back the occurrence may be told: a news paragraph or two. */
const LOOK_BACK = 6;

interface ToldIn {
  readonly key: string;
  readonly text: string;
  readonly article: Article;
}

const cache = new WeakMap<DatedEvent, readonly ToldIn[]>();

function toldIn(corpus: Corpus, event: DatedEvent): readonly ToldIn[] {
  const known = cache.get(event);
  if (known) return known;
  const told: ToldIn[] = [];
  if (event.participants.length === 0) {
    for (const source of event.sources) {
      if (!OPENS_ON_REFERENCE.test(source.quote)) continue;
      const article = corpus.findArticle(source.article);
      const at = article?.sentences.findIndex((s) => s.text.includes(source.quote) || source.quote.includes(s.text)) ?? -1;
      if (!article || at < 0) continue;
      for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
        const sentence = article.sentences[i];
        if (!sentence) break;
        const key = sentenceKey(article.id, sentence.index);
        // A sentence another event is dated by tells that event: the occurrence referred to lies after it.
        if (corpus.eventsOfSentence(key).some((e) => e !== event)) break;
        told.push({ key, text: sentence.text, article });
      }
    }
  }
  cache.set(event, told);
  return told;
}

/**
 * The sentences that tell the occurrence an event refers back to, nearest first; none when the event knows its people
 * or none of its sources opens on such a reference.
 */
export const referredOccasion = (corpus: Corpus, event: DatedEvent): readonly string[] => toldIn(corpus, event).map((t) => t.text);

/** The sentence that first told the occurrence (the earliest read back to): cited beside the one that dates it. */
export function referredCitations(corpus: Corpus, event: DatedEvent): Citation[] {
  const first = toldIn(corpus, event).at(-1);
  return first ? [citationFor(first.article, first.text)] : [];
}

const referrers = new WeakMap<Corpus, ReadonlyMap<string, readonly DatedEvent[]>>();

/** The events that refer back to the occurrence a sentence tells: a search hit on the sentence finds them. */
export function eventsReferringTo(corpus: Corpus, key: string): readonly DatedEvent[] {
  let byKey = referrers.get(corpus);
  if (!byKey) {
    const built = new Map<string, DatedEvent[]>();
    for (const event of corpus.events) for (const { key: told } of toldIn(corpus, event)) built.set(told, [...(built.get(told) ?? []), event]);
    byKey = built;
    referrers.set(corpus, byKey);
  }
  return byKey.get(key) ?? [];
}
