import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.js';
import { extractEvents } from '../../src/events/extract-events.js';
import type { EventMention } from '../../src/events/extract-events.js';
import { mergeEvents } from '../../src/events/merge-events.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

/** An article whose sentence `index` carries the given timexes ([text, value]). */
function mentions(article: Article, dates: ReadonlyArray<readonly [number, string, string]>): EventMention[] {
  return extractEvents(article, dates.map(([index, text, value]) => timex(article, index, text, value)));
}

describe('coarse mentions merge only into the same sort of occasion', () => {
  const call = mentions(makeArticle('call.txt', '2031-03-10', ['No comment.', 'Xi and Putin held a phone call on Friday, the Kremlin said.']), [[1, 'Friday', '2031-03-07']]);
  const visit = mentions(
    makeArticle('visit.txt', '2030-06-02', ['No comment.', 'Putin is expected to visit China next year, presidential aide Ilya Sorin told reporters.']),
    [[1, 'next year', '2031']],
  );

  it('does not take the reporting aide for a participant of the visit', () => {
    expect(visit.map((m) => [...m.participants].sort())).toEqual([['Vladimir Putin', 'Xi Jinping']]);
  });

  it('keeps a year-precision visit out of a phone call in that year', () => {
    const events = mergeEvents([...call, ...visit]);
    expect(events.map((e) => [e.date, e.precision])).toEqual([['2031', 'year'], ['2031-03-07', 'day']]);
    expect(events.find((e) => e.precision === 'day')?.participants).not.toContain('Ilya Sorin');
  });

  it('gives a call no place from an attribution', () => {
    expect(call[0]?.place).toBeUndefined();
  });

  it('merges a month mention into the day event of the same kind and place', () => {
    const day = mentions(makeArticle('day.txt', '2031-05-14', ['No comment.', 'Xi and Putin held talks in Hanoi on Tuesday.']), [[1, 'Tuesday', '2031-05-13']]);
    const month = mentions(makeArticle('month.txt', '2031-04-01', ['No comment.', 'Xi and Putin will meet in Hanoi in May.']), [[1, 'May', '2031-05']]);
    const elsewhere = mentions(makeArticle('else.txt', '2031-04-01', ['No comment.', 'Xi and Putin will meet in Lima in May.']), [[1, 'May', '2031-05']]);
    expect(mergeEvents([...day, ...month]).map((e) => [e.date, e.sources.length])).toEqual([['2031-05-13', 2]]);
    expect(mergeEvents([...day, ...elsewhere])).toHaveLength(2);
  });
});

describe('one occasion, one event', () => {
  it('reads a lead’s tally of past meetings as no event', () => {
    const article = makeArticle('lead.txt', '2031-05-14', [
      'Putin held talks with Xi in Hanoi on Wednesday, his first trip abroad this year.',
      'The two leaders have met more than 30 times, according to the Kremlin.',
    ]);
    const found = mentions(article, [[0, 'Wednesday', '2031-05-14']]);
    expect(found.map((m) => [m.action, m.place])).toEqual([['talks', 'Hanoi']]);
  });

  it('joins a when-clause to the meeting it dates', () => {
    const article = makeArticle('when.txt', '2031-09-01', ['Xi and Putin spoke warmly.', 'The leaders last met in Lima in April, when Putin attended a trade fair.']);
    const events = mergeEvents(mentions(article, [[1, 'April', '2031-04']]));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2031-04', central: true, place: 'Lima' });
  });

  it('names a person once when one source gives only the surname', () => {
    const a = mentions(makeArticle('a.txt', '2031-05-14', ['No comment.', 'Xi held talks with Prime Minister Orlov on Tuesday.']), [[1, 'Tuesday', '2031-05-13']]);
    const b = mentions(makeArticle('b.txt', '2031-05-14', ['No comment.', 'Xi held talks with Prime Minister Pavel Orlov on Tuesday.']), [[1, 'Tuesday', '2031-05-13']]);
    expect(mergeEvents([...a, ...b])[0]?.participants).toEqual(['Xi Jinping', 'Pavel Orlov']);
  });
});

describe('datelines', () => {
  it('places the lead’s deed at the dateline city ingest took off the text', () => {
    const base = makeArticle('d.txt', '2031-05-16', ['Putin met Xi on Thursday on the sidelines of a summit.', 'Xi said ties were strong.']);
    const article: Article = Object.assign({}, base, { dateline: 'ASTANA, Kazakhstan' });
    const [m] = mentions(article, [[0, 'Thursday', '2031-05-15']]);
    expect(m?.place).toBe('Astana');
    expect(m?.title).toBe('Vladimir Putin and Xi Jinping meet in Astana');
  });

  it('reads a dateline left in the lead sentence, but not for a call or an old event', () => {
    const article = makeArticle('d2.txt', '2031-05-16', ['HANOI — Xi and Putin held a phone call on Thursday and last met in 2029.']);
    const found = mentions(article, [[0, 'Thursday', '2031-05-15'], [0, '2029', '2029']]);
    expect(found.map((m) => [m.date, m.place ?? null])).toEqual([['2031-05-15', null], ['2029', null]]);
    const deed = mentions(makeArticle('d3.txt', '2031-05-16', ['HANOI — Xi and Putin held talks on Thursday.']), [[0, 'Thursday', '2031-05-15']]);
    expect(deed[0]?.place).toBe('Hanoi');
  });

  it('narrows a visit to the country to the dateline city in it, and only to a city of that country', () => {
    const lead = (dateline: string) => mentions(
      makeArticle('d4.txt', '2031-05-16', [`${dateline} — Xi arrived in Vietnam for a visit on Thursday.`]), [[0, 'Thursday', '2031-05-15']],
    )[0]?.place;
    expect(lead('HANOI')).toBe('Hanoi');
    expect(lead('BEIJING')).toBe('Vietnam');
  });
});

describe('speakers', () => {
  it('makes only the speaker take part in a statement about someone', () => {
    const article = makeArticle('s.txt', '2031-05-16', ['No comment.', 'Xi praised Putin’s record and predicted that voters will back him again in 2032.']);
    const [predicted] = mentions(article, [[1, '2032', '2032']]);
    expect(predicted?.participants).toEqual(['Xi Jinping']);
    expect(predicted?.title).toBe('Xi Jinping predicts voters will back him again');
  });
});
