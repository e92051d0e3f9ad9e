import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.js';
import { extractEvents } from '../../src/events/extract-events.js';
import type { EventMention } from '../../src/events/extract-events.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

/** An article whose sentence `index` carries the given timexes ([index, text, value]). */
function mentions(article: Article, dates: ReadonlyArray<readonly [number, string, string]> = []): EventMention[] {
  return extractEvents(article, dates.map(([index, text, value]) => timex(article, index, text, value)));
}

const filler = ['Officials gave no further comment.', 'Markets were calm.'];

describe('calls told without the word "call"', () => {
  it.each([
    'Xi talked with Putin by phone on Friday about trade.',
    'Xi exchanged holiday greetings over the phone with Putin on Friday.',
    'Xi phoned Putin on Friday to discuss trade.',
    'Xi held a video meeting with Putin on Friday.',
  ])('reads %j as a call on Friday', (sentence) => {
    const article = makeArticle('a.txt', '2030-05-18', [...filler, sentence]);
    const [m, ...rest] = mentions(article, [[2, 'Friday', '2030-05-17']]);
    expect(rest).toHaveLength(0);
    expect([m?.action, m?.date]).toEqual(['call', '2030-05-17']);
    expect([...(m?.participants ?? [])].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('dates the call, not the invasion whose anniversary it fell on', () => {
    const article = makeArticle('a.txt', '2030-05-18', [...filler, 'Crowds gathered in the capital on Friday, the tenth anniversary of the invasion.']);
    expect(mentions(article, [[2, 'Friday', '2030-05-17']])).toEqual([]);
  });
});

describe('lead reports of the story’s own deed', () => {
  it.each([
    'Xi Jinping and Vladimir Putin engaged in a long telephone conversation, an aide said.',
    'A telephone conversation between Xi Jinping and Vladimir Putin has just ended.',
  ])('dates %j at the article’s day', (lead) => {
    const [m] = mentions(makeArticle('a.txt', '2030-05-15', [lead, 'More details were not given.']));
    expect([m?.action, m?.date, m?.precision]).toEqual(['call', '2030-05-15', 'day']);
  });
});

describe('who reports the call', () => {
  it.each([
    'Xi Jinping and Vladimir Putin engaged in a long telephone conversation, Presidential Aide Ilya Sorin said.',
    'Vladimir Putin has held a phone call with Xi Jinping, Kremlin aide Ilya Sorin has confirmed.',
  ])('leaves the aide out of %j', (lead) => {
    const [m] = mentions(makeArticle('a.txt', '2030-05-15', [lead, 'More details were not given.']));
    expect([...(m?.participants ?? [])].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });
});

describe('plural subjects and topics', () => {
  it('gives "they" the two people named before it and leaves out the one they talked about', () => {
    const article = makeArticle('a.txt', '2030-05-15', [
      ...filler,
      'Xi Jinping and Vladimir Putin held talks in Hanoi on Monday.',
      'It was the third meeting both leaders have held this year, after they discussed in March how to mend ties with Prime Minister Ana Lopes.',
    ]);
    const march = mentions(article, [[2, 'Monday', '2030-05-13'], [3, 'this year', '2030'], [3, 'March', '2030-03']]).find((m) => m.date === '2030-03');
    expect([...(march?.participants ?? [])].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });
});
