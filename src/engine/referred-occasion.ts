/**
 * The occurrence a dated sentence points back at. News often tells what happened first, undated ("Smith draped his coat
 * over Jones's shoulders at the gala in Lyon."), and dates it later by a definite reference that names no one: "The
 * incident at this week's gala was broadcast live." The dated event then knows neither its people nor its place; the
 * sentences before it, up to the nearest one that reports some other event, do.
 */
import type { DatedEvent } from '../domain.js';
import { sentenceKey, type Corpus } from './corpus.js';

/**
 * A sentence that opens on a definite reference to an occurrence already told: "The incident", "This encounter", "That
 * episode". Opening the sentence, it is the sentence's subject; further in ("after the incident") it may be anything.
 */
const OPENS_ON_REFERENCE = /^\s*(?:the|this|that)\s+(?:\p{Ll}+\s+)?(?:incident|episode|encounter|gesture|scene|moment|exchange|spectacle|display|meeting)\b/iu;
/** How far back the occurrence may be told: a news paragraph or two. */
const LOOK_BACK = 6;

const cache = new WeakMap<DatedEvent, readonly string[]>();

/**
 * The sentences that tell the occurrence an event refers back to, nearest first; none when the event knows its people
 * or none of its sources opens on such a reference.
 */
export function referredOccasion(corpus: Corpus, event: DatedEvent): readonly string[] {
  const known = cache.get(event);
  if (known) return known;
  const texts: string[] = [];
  if (event.participants.length === 0) {
    for (const source of event.sources) {
      if (!OPENS_ON_REFERENCE.test(source.quote)) continue;
      const article = corpus.findArticle(source.article);
      const at = article?.sentences.findIndex((s) => s.text.includes(source.quote) || source.quote.includes(s.text)) ?? -1;
      if (!article || at < 0) continue;
      for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
        const sentence = article.sentences[i];
        if (!sentence) break;
        // A sentence another event is dated by tells that event: the occurrence referred to lies after it.
        if (corpus.eventsOfSentence(sentenceKey(article.id, sentence.index)).some((e) => e !== event)) break;
        texts.push(sentence.text);
      }
    }
  }
  cache.set(event, texts);
  return texts;
}
