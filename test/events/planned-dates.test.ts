import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { isPlanned, plannedDate } from '../../src/events/planned-dates.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

describe('plannedDate', () => {
  it('moves a year-less month or day a plan governs past the article’s day', () => {
    expect(plannedDate('2030-03', 'month', 'early March', '2030-06-10')).toBe('2031-03');
    expect(plannedDate('2030-04-02', 'day', 'April 2', '2030-06-10')).toBe('2031-04-02');
  });

  it('keeps dates that already lie ahead, carry their year, or are relative', () => {
    expect(plannedDate('2030-09', 'month', 'September', '2030-06-10')).toBe('2030-09');
    expect(plannedDate('2030-03', 'month', 'March 2030', '2030-06-10')).toBe('2030-03');
    expect(plannedDate('2030-03', 'month', 'last March', '2030-06-10')).toBe('2030-03');
    expect(plannedDate('2030', 'year', '2030', '2030-06-10')).toBe('2030');
  });
});

describe('isPlanned', () => {
  it.each([
    ['The ministers arranged to meet in Hanoi in early March.', true],
    ['The ministers agreed to visit the plant in April.', true],
    ['The ministers met in Hanoi in early March.', false],
  ])('reads %j', (text, planned) => {
    const at = text.search(/\b(?:meet|visit|met)\b/);
    expect(isPlanned(text, at)).toBe(planned);
  });
});

describe('planned meetings in extractEvents', () => {
  it('dates "arranged to meet in late August" in the August to come', () => {
    const article = makeArticle('p.txt', '2030-06-10', ['No comment.', 'Markets were calm.', 'Xi and Putin arranged to meet in Hanoi in late August.']);
    const [m] = extractEvents(article, [timex(article, 2, 'late August', '2029-08')]);
    expect([m?.date, m?.precision]).toEqual(['2030-08', 'month']);
  });
});
