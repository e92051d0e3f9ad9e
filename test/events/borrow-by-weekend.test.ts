import { describe, expect, it } from 'vitest';
import { borrowDates } from '../../src/events/borrow-dates.js';
import { weekendReference } from '../../src/events/borrow-by-weekend.js';
import { tagArticle } from '../../src/time/tag-article.js';
import { analysed, sourcesOf } from '../fixtures/events/analysed.js';
import { makeArticle } from '../fixtures/events/make-article.js';

// 2031-05-18 is a Sunday: the APEC weekend is 17-18 May and its Friday eve 16 May.
const summit = makeArticle('summit.txt', '2031-05-19', [
  'Xi Jinping and Vladimir Putin attended the APEC summit in Hanoi yesterday, the Kremlin said.',
]);
const eve = makeArticle('eve.txt', null, [
  'Xi Jinping signed a grain accord with Vladimir Putin on Friday in Hanoi.',
  'Putin is in Vietnam for a weekend summit of the APEC forum, his aides said.',
]);

describe('weekendReference', () => {
  it('dates an undated eve-of-summit report from the weekend another article dates the gathering on', () => {
    expect(weekendReference(eve, tagArticle(eve), sourcesOf([summit, eve]))).toBe('2031-05-16');
    const borrowed = borrowDates([summit, eve], analysed([summit, eve]));
    expect(borrowed.mentions.map((m) => [m.date, m.action])).toContainEqual(['2031-05-16', 'sign']);
  });

  it('borrows nothing for a weekend summit told in the past, written any day after it', () => {
    const after = makeArticle('after.txt', null, [
      'Xi Jinping met Vladimir Putin on Monday, after they spoke at a weekend summit of the APEC forum.',
    ]);
    expect(weekendReference(after, tagArticle(after), sourcesOf([summit, after]))).toBeNull();
  });

  it('borrows nothing when the gathering is dated on two weekends, on a weekday, or named far from the dated sentence', () => {
    const again = makeArticle('again.txt', '2032-06-07', [
      'Xi Jinping and Vladimir Putin attended the APEC summit in Lima yesterday.',
    ]);
    expect(weekendReference(eve, tagArticle(eve), sourcesOf([summit, again, eve]))).toBeNull();
    const weekday = makeArticle('weekday.txt', '2031-05-22', ['Xi Jinping and Vladimir Putin attended the APEC summit yesterday.']);
    expect(weekendReference(eve, tagArticle(eve), sourcesOf([weekday, eve]))).toBeNull();
    const elsewhere = makeArticle('elsewhere.txt', '2031-05-19', [
      'Xi Jinping and Vladimir Putin met in Hanoi yesterday.',
      'They spoke for three hours.',
      'Vietnam joined the APEC forum in 1998.',
    ]);
    expect(weekendReference(eve, tagArticle(eve), sourcesOf([elsewhere, eve]))).toBeNull();
  });

  it('borrows nothing when the article names no weekday to anchor', () => {
    const bare = makeArticle('bare.txt', null, ['Putin is in Vietnam for a weekend summit of the APEC forum.']);
    expect(weekendReference(bare, tagArticle(bare), sourcesOf([summit, bare]))).toBeNull();
  });
});
