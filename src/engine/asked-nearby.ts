/**
 * "How long was the visit?", "what time did the summit begin?": a report names the occasion in one sentence and gives
 * its length or its hour in the next ("The visit … is scheduled for March 20 to 22", "the conversation began at 11:07").
 * That sentence may name no one and repeat little of the question, so it is looked for beside the best ones.
 */
import type { AskedFor } from './asked-for.js';
import { gives } from './asked-for.js';
import { sentenceKey, type Corpus } from './corpus.js';
import type { ScoredSentence } from './rank-sentences.js';
import { tokenize } from './tokenize.js';
import { covers } from './understand-question.js';

/** What a neighbouring sentence is trusted to give: a length of time or a time of day, told right after the occasion. */
const TOLD_BESIDE: ReadonlySet<AskedFor['kind']> = new Set(['duration', 'time']);
/** Sentences read as occasions, and how far from one its length or hour may be told. */
const OCCASIONS = 3;
const OFFSETS = [1, -1, 2, -2] as const;

/**
 * When none of the best sentences gives what is asked, the sentence beside one of them (same report, at most two away)
 * that gives it and says one of the question's words goes first, with the occasion's coverage; the occasion goes second.
 */
export function withGiverNearby(corpus: Corpus, asked: AskedFor, topic: readonly string[], sentences: readonly ScoredSentence[], minCoverage: number): readonly ScoredSentence[] {
  if (!TOLD_BESIDE.has(asked.kind)) return sentences;
  const occasions = sentences.slice(0, OCCASIONS).filter((s) => s.coverage >= minCoverage);
  if (occasions.some((s) => gives(asked, s.sentence.text))) return sentences;
  for (const occasion of occasions) {
    const { article, index } = occasion.sentence;
    for (const offset of OFFSETS) {
      const near = article.sentences.find((s) => s.index === index + offset);
      if (!near || !gives(asked, near.text)) continue;
      const terms = new Set(tokenize(near.text));
      if (!topic.some((t) => covers(terms, t))) continue;
      const sentence = corpus.sentences.get(sentenceKey(article.id, near.index));
      if (!sentence) continue;
      const giver: ScoredSentence = { sentence, coverage: occasion.coverage, score: occasion.score };
      return [giver, occasion, ...sentences.filter((s) => s !== occasion && s.sentence !== sentence)];
    }
  }
  return sentences;
}
