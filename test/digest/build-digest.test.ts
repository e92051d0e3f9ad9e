import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { buildDigest, MAX_CENTRAL, MAX_CONTEXT } from '../../src/digest/build-digest.js';
import { renderText } from '../../src/answer/render-text.js';
import { answerToJson } from '../../src/answer/answer.js';
import { datedEvent } from '../fakes/fake-corpus.js';
import { loadFixtureCorpus } from '../fakes/fixture-corpus.js';

const d = (s: string) => s as IsoDate;
const context = (id: string, date: string) => datedEvent(id, date, 'day', { central: false, participants: ['Vladimir Putin'] });

describe('buildDigest', () => {
  const events = [
    datedEvent('video-call', '2021-12-15', 'day', { place: 'Beijing', title: 'Xi and Putin hold a video call' }),
    datedEvent('older', '2019-12-15', 'day'),
    context('putin-presser', '2020-12-15'),
    datedEvent('month-only', '2022-12', 'month'),
    datedEvent('year-only', '2015', 'year'),
    datedEvent('week-only', '2018-W50', 'week'),
    datedEvent('this-year', '2026-12-15', 'day'),
    datedEvent('nearby', '2021-12-17', 'day'),
  ];

  it('heads "On this day — 15 December", central events from earlier years first, then context, each with N years ago', () => {
    const digest = buildDigest(events, d('2026-12-15'), 'skip');
    expect(digest.kind).toBe('post');
    expect(digest.answer.headline).toBe('On this day — 15 December');
    expect(digest.answer.items.map((i) => [i.ref?.id, i.detail])).toEqual([
      ['older', '7 years ago'],
      ['video-call', '5 years ago · in Beijing'],
      ['putin-presser', '6 years ago · context: Vladimir Putin'],
    ]);
    expect(digest.answer.items.every((i) => i.citations.length > 0)).toBe(true);
  });

  it('never matches events known only to the month, week or year, nor this year’s own', () => {
    const ids = buildDigest(events, d('2026-12-15'), 'skip').answer.items.map((i) => i.ref?.id);
    expect(ids).not.toContain('month-only');
    expect(ids).not.toContain('year-only');
    expect(ids).not.toContain('week-only');
    expect(ids).not.toContain('this-year');
  });

  it('keeps context events fewer than the central ones and counts what did not fit', () => {
    const many = [
      ...Array.from({ length: 12 }, (_, i) => datedEvent(`c${i}`, `${2000 + i}-03-01`, 'day')),
      ...Array.from({ length: 6 }, (_, i) => context(`x${i}`, `${2000 + i}-03-01`)),
    ];
    const answer = buildDigest(many, d('2026-03-01'), 'skip').answer;
    expect(answer.kind === 'on-this-day' && answer.data.digest).toMatchObject({ central: MAX_CENTRAL, context: MAX_CONTEXT, mode: 'day' });
    expect(answer.notice).toContain(`${12 + 6 - MAX_CENTRAL - MAX_CONTEXT} more on this day`);
  });

  it('an empty day with skip posts nothing, and says why', () => {
    const digest = buildDigest(events, d('2026-07-16'), 'skip');
    expect(digest.kind).toBe('empty');
    expect(digest.answer.items).toEqual([]);
    expect(digest.answer.notice).toContain('DIGEST_EMPTY=skip');
  });

  it('an empty day with week shows this week in history', () => {
    const digest = buildDigest(events, d('2026-12-14'), 'week');
    expect(digest.kind).toBe('post');
    expect(digest.answer.headline).toBe('This week in history — 11 December to 17 December');
    expect(digest.answer.items.map((i) => i.detail)).toContain('5 years ago, 1 day after · in Beijing');
  });

  it('an empty day with nearest shows the nearest anniversary ahead, preferring a central one', () => {
    const digest = buildDigest([context('ctx', '2020-12-01'), datedEvent('central', '2020-12-10', 'day')], d('2026-11-30'), 'nearest');
    expect(digest.answer.headline).toBe('Coming up — 10 December, in 10 days');
    expect(digest.answer.items.map((i) => [i.ref?.id, i.detail])).toEqual([['central', '6 years ago']]);
  });

  it('falls back to nothing when week or nearest find nothing either: never an empty post', () => {
    expect(buildDigest([], d('2026-12-15'), 'week').kind).toBe('empty');
    expect(buildDigest([], d('2026-12-15'), 'nearest').kind).toBe('empty');
  });

  it('remembers a 29 February event on 28 February in common years', () => {
    const digest = buildDigest([datedEvent('leap', '2020-02-29', 'day')], d('2026-02-28'), 'skip');
    expect(digest.answer.items.map((i) => i.ref?.id)).toEqual(['leap']);
  });

  it('renders as text and as the on-this-day JSON shape with the digest’s local date', async () => {
    const corpus = await loadFixtureCorpus();
    const day = corpus.events.find((e) => e.precision === 'day' && e.central);
    expect(day).toBeDefined();
    const date = d(`${Number(day!.date.slice(0, 4)) + 3}${day!.date.slice(4)}`);
    const answer = buildDigest(corpus.events, date, 'skip').answer;
    expect(renderText(answer)).toContain('3 years ago');
    expect(answerToJson(answer)).toMatchObject({ date: date.slice(5), digest: { localDate: date, mode: 'day' } });
  });
});
