/**
 * "Who told reporters that Putin might visit?", "who said the talks were useful?": the asker wants the speaker of the
 * sentence that reports it, not the people it is about.
 */
import type { Answer } from '../answer/answer.js';
import { formatDateInSentence, precisionOf } from '../answer/format-date.js';
import { citationFor, type Corpus } from './corpus.js';
import { sentenceDate, type ScoredSentence } from './rank-sentences.js';
import { speakerAt } from './speaker.js';

const SPEAKER_QUESTION = /^\s*who(?:m)?\s+(?:first\s+)?(?:said|says|told|tells|announced|wrote|stated|declared|confirmed|revealed|claimed|warned|noted|suggested|hinted|predicted|insisted)\b/i;
/** Sentences read for a speaker, best first; each must cover this share of the question's topic. */
const READ = 5;
const MIN_COVERAGE = 0.5;

export const asksForSpeaker = (question: string): boolean => SPEAKER_QUESTION.test(question);

/** The speaker of the best sentence that has one, or null when none of the best sentences names who spoke. */
export function askSpeaker(corpus: Corpus, sentences: readonly ScoredSentence[], base: { kind: 'ask'; followUps: string[]; notice?: string }): Answer | null {
  for (const scored of sentences.slice(0, READ)) {
    if (scored.coverage < MIN_COVERAGE) continue;
    const { article, index, text } = scored.sentence;
    const at = article.sentences.findIndex((s) => s.index === index);
    const speaker = speakerAt(article.sentences.map((s) => s.text), at);
    if (speaker?.kind !== 'person') continue;
    const date = sentenceDate(corpus, scored.sentence);
    const answer = `${speaker.name}${date ? `, ${formatDateInSentence(date)}` : ''}, according to ${article.outlet ?? article.file}: “${text}”`;
    const precision = date ? precisionOf(date) : null;
    const related = corpus.eventsOfSentence(scored.sentence.key).slice(0, 3);
    return {
      ...base,
      headline: answer,
      items: [{ ...(date ? { date } : {}), ...(precision ? { precision } : {}), title: article.title, detail: `${speaker.name} · from ${article.outlet ?? article.file}`, citations: [citationFor(article, text)], ref: { kind: 'article', id: article.id } }],
      followUps: related.map((e) => `event ${e.id}`),
      data: { answer, ...(date ? { date } : {}), events: related, citations: [citationFor(article, text)] },
    };
  }
  return null;
}
