import { describe, expect, it } from 'vitest';
import { anchorDay, anchoredMentions } from '../../src/events/borrow-by-anchor.js';
import { borrowDates } from '../../src/events/borrow-dates.js';
import { tagArticle } from '../../src/time/tag-article.js';
import { analysed, sourcesOf } from '../fixtures/events/analysed.js';
import { makeArticle } from '../fixtures/events/make-article.js';

const stateVisit = makeArticle('visit.txt', '2031-03-14', [
  'President Lena Marsh arrived in Hanoi on Friday for a state visit, her first trip abroad since taking office.',
]);

/** No date of its own: it recalls the March visit, and looks ahead to a summit dated by day and month only. */
const preview = makeArticle('preview.txt', null, [
  'President Lena Marsh will hold talks with Prime Minister Erik Dahl next month, officials said on Thursday.',
  'The two leaders will meet on the sidelines of the Arctic summit in Da Nang scheduled for Sept. 9 to 10.',
  'In March, President Lena Marsh paid her first state visit as president to Hanoi.',
  'On Aug. 2, President Lena Marsh toured a shipyard in Haiphong.',
]);

describe('an undated article that recalls an occasion another article dates', () => {
  it('takes the year of the one dated occasion it recalls by month, person, deed and place', () => {
    expect(anchorDay(preview, tagArticle(preview), sourcesOf([stateVisit, preview]))).toBe('2031-03-14');
  });

  it('dates only its yearless dates still ahead of that occasion: not relative ones, not yearless past ones', () => {
    const mentions = anchoredMentions(preview, tagArticle(preview), sourcesOf([stateVisit, preview]));
    expect(mentions.map((m) => [m.date, m.endDate, m.place])).toEqual([['2031-09-09', '2031-09-10', 'Da Nang']]);
    const borrowed = borrowDates([stateVisit, preview], analysed([stateVisit, preview]));
    expect(borrowed.mentions.map((m) => m.date)).toEqual(['2031-09-09']);
    expect(borrowed.replaced.size).toBe(0);
  });

  it('takes no year from an occasion that may recur ("the March visit to Hanoi"), only from a one-time one', () => {
    const recurring = makeArticle('recurring.txt', null, [
      'The two leaders will meet on the sidelines of the Arctic summit in Da Nang scheduled for Sept. 9 to 10.',
      'In March, President Lena Marsh paid a state visit to Hanoi.',
    ]);
    expect(anchorDay(recurring, tagArticle(recurring), sourcesOf([stateVisit, recurring]))).toBeNull();
  });

  it('takes no year when the recalled occasion is dated in two years, elsewhere, or by someone else', () => {
    const again = makeArticle('again.txt', '2033-03-20', ['President Lena Marsh arrived in Hanoi on Monday for another state visit.']);
    expect(anchorDay(preview, tagArticle(preview), sourcesOf([stateVisit, again, preview]))).toBeNull();
    const elsewhere = makeArticle('elsewhere.txt', '2031-03-14', ['President Lena Marsh arrived in Manila on Friday for a state visit.']);
    expect(anchorDay(preview, tagArticle(preview), sourcesOf([elsewhere, preview]))).toBeNull();
    const other = makeArticle('other.txt', '2031-03-14', ['President Anna Berg arrived in Hanoi on Friday for a state visit.']);
    expect(anchorDay(preview, tagArticle(preview), sourcesOf([other, preview]))).toBeNull();
  });
});
