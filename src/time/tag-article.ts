/** Tags every sentence of an article and shifts the offsets to the original file. */
import type { Article, IsoDate, Timex } from '../domain.js';
import { findTimexes } from './find-timexes.js';

export interface ArticleTimex extends Timex {
  /** Index of the sentence (in `article.sentences`) the timex was found in. */
  readonly sentenceIndex: number;
}

/**
 * `dct` defaults to the article's publication date; pass `null` explicitly to get underspecified relative values.
 * Offsets are file offsets: `sentence.offset + offset within the sentence`.
 */
export function tagArticle(article: Article, dct?: IsoDate | null): ArticleTimex[] {
  const reference = dct === undefined ? article.published : dct;
  const out: ArticleTimex[] = [];
  for (const sentence of article.sentences) {
    for (const timex of findTimexes(sentence.text, reference)) {
      // Spelled out rather than spread (a spread copy was a tenth of tagging); same keys in the same order.
      const offset = sentence.offset + timex.offset;
      out.push(timex.mod === undefined
        ? { text: timex.text, offset, type: timex.type, value: timex.value, sentenceIndex: sentence.index }
        : { text: timex.text, offset, type: timex.type, value: timex.value, mod: timex.mod, sentenceIndex: sentence.index });
    }
  }
  return out;
}
