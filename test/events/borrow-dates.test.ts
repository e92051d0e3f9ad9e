import { describe, expect, it } from 'vitest';
import { borrowDates } from '../../src/events/borrow-dates.js';
import { analysed } from '../fixtures/events/analysed.js';
import { makeArticle } from '../fixtures/events/make-article.js';

const dated = makeArticle('dated.txt', '2031-03-05', [
  'Leaders gathered for the G-20 summit in Lima.',
  'Xi Jinping met Lena Marsh in Lima on March 4 on the sidelines of the G20 summit.',
]);
const undated = (lines: readonly string[]) => makeArticle('undated.txt', null, lines);

describe('borrowDates', () => {
  it('dates an undated report of the same gathering from another article, its weekday the day before', () => {
    const u = undated([
      'Putin has arrived in Lima for the summit.',
      'Later on Tuesday he will hold a meeting with Chinese President Xi Jinping.',
      'On March 4, the Russian president will take part in sessions of the G20 summit.',
    ]);
    const borrowed = borrowDates([dated, u], analysed([dated, u]));
    expect(borrowed.replaced.has(u.id)).toBe(true);
    const meeting = borrowed.mentions.find((m) => m.participants.includes('Xi Jinping'));
    expect(meeting?.date).toBe('2031-03-04');
    expect(meeting?.citation.published).toBeNull();
  });

  it('takes the gathering from the sentences around the dated one, never from far off in its article', () => {
    const u = undated(['On March 4, the Russian president will take part in sessions of the G20 summit.']);
    const near = makeArticle('near.txt', '2031-03-05', [
      'Xi Jinping met Lena Marsh in Lima on March 4.',
      'The meeting was held on the sidelines of the G20 summit.',
    ]);
    expect(borrowDates([near, u], analysed([near, u])).replaced.size).toBe(1);
    const far = makeArticle('far.txt', '2031-03-05', [
      'Xi Jinping met Lena Marsh in Lima on March 4.',
      'They discussed fishing rights.',
      'Peru hosted a G20 ministers’ meeting in 2029.',
    ]);
    expect(borrowDates([far, u], analysed([far, u])).replaced.size).toBe(0);
  });

  it('borrows nothing when no other article names the gathering on that day', () => {
    const u = undated(['On March 9, the Russian president will attend the BRICS summit.']);
    expect(borrowDates([dated, u], analysed([dated, u])).replaced.size).toBe(0);
  });

  describe('an undated report of the principals’ encounter on a weekday', () => {
    const call = makeArticle('call.txt', '2031-02-13', ['Vladimir Putin and Xi Jinping held a phone call on Thursday, the Kremlin said.']);
    const report = undated([
      'Xi Jinping spoke with Vladimir Putin by phone on Thursday, state media said.',
      'Putin has flown to Hanoi four times, most recently in October.',
      'Their previous call was on Dec. 30, 2030.',
    ]);

    it('borrows the day of the one dated encounter on that weekday in the weeks after the last date it gives', () => {
      const borrowed = borrowDates([call, report], analysed([call, report]));
      const dates = borrowed.mentions.map((m) => [m.date, m.action]);
      expect(dates).toContainEqual(['2031-02-13', 'call']);
      expect(dates).toContainEqual(['2030-10', 'visit']);
    });

    it('borrows nothing without a date to bound it, or when two encounters fit', () => {
      const unbounded = undated(['Xi Jinping spoke with Vladimir Putin by phone on Thursday, state media said.']);
      expect(borrowDates([call, unbounded], analysed([call, unbounded])).replaced.size).toBe(0);
      const other = makeArticle('other.txt', '2031-01-24', ['Vladimir Putin and Xi Jinping held a phone call on Thursday, the Kremlin said.']);
      expect(borrowDates([call, other, report], analysed([call, other, report])).replaced.size).toBe(0);
    });

    it('takes no bound from a date still ahead of the writer', () => {
      const ahead = undated([
        'Xi Jinping spoke with Vladimir Putin by phone on Thursday, state media said.',
        'Putin will visit Hanoi on Dec. 30, 2030.',
      ]);
      expect(borrowDates([call, ahead], analysed([call, ahead])).replaced.size).toBe(0);
    });
  });
});
