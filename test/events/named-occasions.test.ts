import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { tagArticle } from '../../src/time/tag-article.js';
import { makeArticle } from '../fixtures/events/make-article.js';

/** Two lead sentences first: the lead is dated by the article's day, which is not what is tested here. */
const LEAD = ['Harbin is getting ready for its busiest winter in years.', 'Its ice sculptors have been at work since October.'];

function mentionsOf(lines: readonly string[]) {
  const a = makeArticle('festival.txt', '2031-11-20', [...LEAD, ...lines]);
  return extractEvents(a, tagArticle(a)).map((m) => ({ date: m.date, action: m.action, participants: m.participants }));
}

describe('a named occasion dated once in its article', () => {
  it('dates the plan to attend it told in a sentence without a date', () => {
    expect(mentionsOf([
      'Hotels expect big crowds for the Harbin Ice Festival in January.',
      'President Lena Marsh has accepted an invitation from Xi Jinping to attend the Harbin Ice Festival.',
    ])).toContainEqual({ date: '2032-01', action: 'attend', participants: ['Lena Marsh', 'Xi Jinping'] });
  });

  it('gives a deed told as done no date after the article, nor a plan one before it', () => {
    expect(mentionsOf([
      'Xi Jinping attended the Harbin Ice Festival with Lena Marsh.',
      'Hotels expect big crowds for the Harbin Ice Festival in January.',
    ]).filter((m) => m.action === 'attend')).toEqual([]);
    expect(mentionsOf([
      'Lena Marsh plans to attend the Harbin Ice Festival with Xi Jinping.',
      'Crowds filled the Harbin Ice Festival in January.',
    ]).filter((m) => m.action === 'attend')).toEqual([]);
  });

  it('needs a name that ends in a kind of occasion, written the same way both times', () => {
    expect(mentionsOf([
      'Lena Marsh will visit Harbin with Xi Jinping.',
      'Harbin in January is bitterly cold.',
    ]).filter((m) => m.action === 'visit')).toEqual([]);
    expect(mentionsOf([
      'Lena Marsh will attend the festival with Xi Jinping.',
      'Hotels expect big crowds for the Harbin Ice Festival in January.',
    ]).filter((m) => m.action === 'attend')).toEqual([]);
  });
});
