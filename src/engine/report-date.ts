/**
 * "When did customs publish the record 2024 trade figure?" asks when the figure was made public, not the period it is
 * about: the answer is the date the report gives its reporting verb ("data showed on Monday", "announced on 3 May"), or
 * the article's own date when that verb has none ("figures released by the ministry show"), never "2024".
 */
import type { Corpus, CorpusSentence } from './corpus.js';
import { rangeOf } from './date-range.js';
import type { ArticleTimex } from '../time/tag-article.js';

/** A when-question about making something public. */
const REPORTING_QUESTION = /^when\b.*\b(?:publish|announce|report|release|reveal|disclose|unveil|make public)(?:e?[sd]|ing)?\b/i;
const REPORTING_WORD = /\b(?:publish|announce|report|release|reveal|disclose|unveil|make public)(?:e?[sd]|ing)?\b/i;
/** The reporting verb of a sentence that gives a figure or a finding. */
const REPORTING_VERB = /\b(?:show(?:s|ed|n)?|said|says|announced|announces|published|publishes|released|releases|reported|reports|revealed|reveals|disclosed|discloses|unveiled|unveils|according to)\b/gi;
/** Characters between the verb and its date: "showed on Monday", "said in a statement on Friday", "released late on 3 May". */
const VERB_TO_DATE = 40;

export const asksWhenReported = (question: string): boolean => REPORTING_QUESTION.test(question);

/**
 * The question without its reporting verb, which is how the asker puts it, not what the report says ("data showed"):
 * left in, it is a topic word no answer covers, or is "corrected" to another word.
 */
export const withoutReportingVerb = (question: string): string => question.replace(REPORTING_WORD, ' ');

/** The calendar dates and times a sentence states, as its article's tagger read them. */
export function calendarTimexes(corpus: Corpus, sentence: CorpusSentence): ArticleTimex[] {
  return (corpus.timexes.get(sentence.article.id) ?? []).filter((t) => t.sentenceIndex === sentence.index && (t.type === 'DATE' || t.type === 'TIME'));
}

/**
 * The date a sentence was reported: a date just after its reporting verb, resolved to the calendar; else, when the
 * sentence reports with no date or with one its article cannot resolve ("on Monday" in an undated copy), the article's.
 */
export function reportDate(corpus: Corpus, sentence: CorpusSentence): string | null {
  const { text, article } = sentence;
  const start = article.sentences.find((s) => s.index === sentence.index)?.offset ?? 0;
  for (const verb of text.matchAll(REPORTING_VERB)) {
    const end = verb.index + verb[0].length;
    const dated = calendarTimexes(corpus, sentence).find((t) => t.offset - start >= end && t.offset - start <= end + VERB_TO_DATE);
    if (dated && rangeOf(dated.value.slice(0, 10))) return dated.value.slice(0, 10);
  }
  // "The leaders on Monday hailed … and announced the extension": the sentence's one day, before the verb, dates it.
  const days = calendarTimexes(corpus, sentence).filter((t) => DAY.test(t.value));
  const first = days[0];
  if (days.length === 1 && first !== undefined && [...text.matchAll(REPORTING_VERB)].some((v) => v.index > first.offset - start)) return first.value.slice(0, 10);
  return article.published;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
