import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/events/extract-events.js';
import { occasionDates } from '../../src/events/named-occasions.js';
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

describe('an occasion dated in a relative clause of the sentence that goes to it', () => {
  const LEAD_APRIL = ['Harbin is getting ready for its busiest spring in years.', 'Its hotels are nearly full.'];
  it('dates the visit by the days the clause gives, as a span', () => {
    const a = makeArticle('expo.txt', '2031-04-02', [...LEAD_APRIL,
      'Lena Marsh’s week in China will include a visit to the Harbin Trade Expo, which will run April 9-11 in the city’s new hall.']);
    const visits = extractEvents(a, tagArticle(a)).filter((m) => m.action === 'visit');
    expect(visits.map((m) => ({ date: m.date, endDate: m.endDate }))).toEqual([{ date: '2031-04-09', endDate: '2031-04-11' }]);
  });

  it('reads "which will take place on" and "scheduled for" as the occasion’s date, not a bare comma', () => {
    const at = (clause: string) => {
      const a = makeArticle('expo.txt', '2031-04-02', [...LEAD_APRIL, `Lena Marsh will attend the Harbin Trade Expo${clause}, with Xi Jinping.`]);
      return extractEvents(a, tagArticle(a)).filter((m) => m.action === 'attend').map((m) => m.date);
    };
    expect(at(', which will take place on April 9')).toEqual(['2031-04-09']);
    expect(at(', scheduled for April 9')).toEqual(['2031-04-09']);
  });
});

describe('what dates an occasion by name', () => {
  const datedNames = (line: string) => {
    const a = makeArticle('expo.txt', '2031-03-01', [line]);
    return occasionDates(a, tagArticle(a)).map((o) => o.name);
  };

  it('is a clause saying when it is held, not any clause with a date', () => {
    expect(datedNames('Firms are booking stands at the Harbin Trade Expo, which will open on April 9.')).toEqual(['Harbin Trade Expo']);
    expect(datedNames('Firms praised the Harbin Trade Expo, which drew crowds on April 9.')).toEqual([]);
    expect(datedNames('Firms praised the Harbin Trade Expo, April 9.')).toEqual([]);
  });
});
