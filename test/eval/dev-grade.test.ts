import { describe, expect, it } from 'vitest';
import { dateAgrees, daySpan, gradeQuestion, hasTerm, keyFound, saysDontKnow, type DevQuestion } from '../../scripts/eval/dev-grade.js';

const question = (over: Partial<DevQuestion>): DevQuestion => ({ id: 'X-Q1', question: 'q?', category: 'when', sources: ['a.txt'], period: 'X', ...over });

describe('the dev set grading rule', () => {
  it('spans weeks, months and years in days', () => {
    expect(daySpan('2014-W46')).toEqual({ first: '2014-11-10', last: '2014-11-16' });
    expect(daySpan('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(daySpan('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(daySpan('soon')).toBeNull();
  });

  it.each([
    ['2014-11-11', '2014-W46', 'week', true],
    ['2014-W46', '2014-W46', 'week', true],
    ['2014-11', '2014-W46', 'week', false],
    ['2019-06-05', '2019-06', 'month', true],
    ['2019-W23', '2019-06', 'month', true],
    ['2019-W22', '2019-06', 'month', false],
    ['2019', '2019-06', 'month', false],
    ['2019-06-05', '2019-06-05', 'day', true],
    ['2019-06-06', '2019-06-05', 'day', false],
  ] as const)('%s agrees with %s at %s precision: %s', (system, expected, precision, right) => {
    expect(dateAgrees(system, expected, precision)).toBe(right);
  });

  it('accepts any day of a range', () => {
    expect(dateAgrees('2023-03-21', '2023-03-20', 'day', '2023-03-22')).toBe(true);
    expect(dateAgrees('2023-03-23', '2023-03-20', 'day', '2023-03-22')).toBe(false);
  });

  it('finds key terms at word boundaries, folding case, curly quotes and dashes', () => {
    expect(hasTerm('They met in Sochi.', 'sochi')).toBe(true);
    expect(hasTerm('Sochiville', 'Sochi')).toBe(false);
    expect(hasTerm('a 15‑year loan', '15-year')).toBe(true);
    expect(hasTerm('Xi’s visit', "Xi's")).toBe(true);
    expect(keyFound('thirty deals', ['30', 'thirty'])).toBe(true);
    expect(keyFound('Modi and Putin', { any: ['Modi', 'Putin', 'Ramaphosa'], min: 3 })).toBe(false);
  });

  it('recognises "I don\'t know" answers', () => {
    expect(saysDontKnow("I don't know: none of the articles says.")).toBe(true);
    expect(saysDontKnow('They met in Moscow.')).toBe(false);
  });

  it('grades a dated question by the answer date, else its first event, and reports the cited source apart', () => {
    const q = question({ expected_date: '2013-03-22', date_precision: 'day' });
    const citation = { article: 'a.txt', quote: 'arrived Friday' };
    expect(gradeQuestion(q, { answer: 'On 22 March 2013', date: '2013-03-22', events: [], citations: [citation] })).toMatchObject({ right: true, sourceCited: true });
    const fromEvent = { answer: 'x', events: [{ date: '2013-03-22', sources: [{ article: 'b.txt' }] }], citations: [] };
    expect(gradeQuestion(q, fromEvent)).toMatchObject({ right: true, sourceCited: false });
    expect(gradeQuestion(q, { answer: 'x', date: '2013-03', events: [], citations: [] }).right).toBe(false);
  });

  it('grades keys in the answer or the first three quotes only', () => {
    const q = question({ category: 'where', keys: ['Shanghai'] });
    const quotes = ['x', 'y', 'z', 'signed in Shanghai'].map((quote) => ({ article: 'a.txt', quote }));
    expect(gradeQuestion(q, { answer: 'It was signed.', events: [], citations: quotes }).right).toBe(false);
    expect(gradeQuestion(q, { answer: 'It was signed.', events: [], citations: quotes.slice(3) }).right).toBe(true);
  });

  it('grades negative questions by "I don\'t know"', () => {
    const q = question({ category: 'negative' });
    expect(gradeQuestion(q, { answer: "I don't know.", events: [], citations: [] }).right).toBe(true);
    expect(gradeQuestion(q, { answer: 'They said hello.', events: [], citations: [] }).right).toBe(false);
  });
});
