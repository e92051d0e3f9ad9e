/**
 * "What happened on 06-15?", "on this day 09-11": a month and day asked about in a question is answered for that day in
 * every earlier year — from the events first, then from sentences the tagger dated to that day (a dinner mentioned once,
 * with its date, may not have become an event).
 */
import type { DatedEvent, IsoDate } from '../domain.js';
import type { Answer, AnswerItem } from '../answer/answer.js';
import { formatDate } from '../answer/format-date.js';
import { citationFor, type Corpus, type CorpusSentence } from './corpus.js';
import { eventItem } from './event-items.js';
import { findOnThisDay } from './on-this-day.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MAX_SHOWN = 5;
/** A sentence that is little more than its date ("Posted: Feb 07, 2014") is page furniture, not news. */
const MIN_WORDS_BESIDE_DATE = 4;

interface DatedSentence {
  readonly sentence: CorpusSentence;
  readonly date: string;
}

/** Sentences with a day-precise date on month-day `monthDay`, before today, that no shown event already quotes. */
function datedSentences(corpus: Corpus, monthDay: string, today: IsoDate, quoted: ReadonlySet<string>): DatedSentence[] {
  const found: DatedSentence[] = [];
  const seen = new Set<string>();
  for (const article of corpus.articles) {
    for (const timex of corpus.timexes.get(article.id) ?? []) {
      if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
      const day = timex.value.slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day.slice(5) !== monthDay || day >= today) continue;
      const sentence = corpus.sentences.get(`${article.id}:${timex.sentenceIndex}`);
      if (!sentence || quoted.has(sentence.text) || seen.has(sentence.text)) continue;
      const words = sentence.text.replace(timex.text, ' ').split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
      if (words.length < MIN_WORDS_BESIDE_DATE) continue;
      seen.add(sentence.text);
      found.push({ sentence, date: day });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.sentence.key.localeCompare(b.sentence.key));
}

function sentenceItem({ sentence, date }: DatedSentence): AnswerItem {
  return {
    date,
    precision: 'day',
    title: sentence.text,
    detail: `from ${sentence.article.outlet ?? sentence.article.file}`,
    citations: [citationFor(sentence.article, sentence.text)],
    ref: { kind: 'article', id: sentence.article.id },
  };
}

/** Events before today on `monthDay` (any earlier year, and earlier this year), central ones first. */
function eventsOn(events: readonly DatedEvent[], monthDay: string, today: IsoDate): DatedEvent[] {
  // findOnThisDay counts years before today's; an event earlier this year is history too when asked about by date.
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}` as IsoDate;
  return findOnThisDay(events, monthDay, 0, nextYear).map((m) => m.event).filter((e) => e.date < today);
}

export function askOnThisDay(corpus: Corpus, monthDay: string, today: IsoDate): Answer {
  const label = `${Number(monthDay.slice(3))} ${MONTH_NAMES[Number(monthDay.slice(0, 2)) - 1]}`;
  const events = eventsOn(corpus.events, monthDay, today);
  const quoted = new Set(events.flatMap((e) => e.sources.map((s) => s.quote)));
  const sentences = datedSentences(corpus, monthDay, today, quoted);
  const lines = [
    ...events.map((e) => ({ date: e.date, text: e.title, item: eventItem(e), citation: e.sources[0] })),
    ...sentences.map((s) => ({ date: s.date, text: `“${s.sentence.text}”`, item: sentenceItem(s), citation: citationFor(s.sentence.article, s.sentence.text) })),
  ].slice(0, MAX_SHOWN);
  const first = lines[0];
  if (!first) {
    const answer = `I don't know of anything on ${label}: none of the articles dates an event to that day.`;
    return { kind: 'ask', headline: answer, items: [], followUps: [`today ${monthDay} --window 7`, 'timeline all'], data: { answer, events: [], citations: [] } };
  }
  const answer = `On ${label}: ${lines.map((l) => `${formatDate(l.date)} — ${l.text.replace(/[.…]+$/, '')}`).join('; ')}.`;
  return {
    kind: 'ask',
    headline: answer,
    items: lines.map((l) => l.item),
    followUps: [`today ${monthDay}`, `timeline ${first.date.slice(0, 4)}`],
    data: {
      answer,
      date: first.date,
      events: events.slice(0, MAX_SHOWN),
      citations: lines.flatMap((l) => (l.citation ? [l.citation] : [])),
    },
  };
}
