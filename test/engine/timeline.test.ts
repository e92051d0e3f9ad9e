import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { timeline } from '../../src/engine/timeline.js';
import { corpusOfEvents, datedEvent } from '../fakes/fake-corpus.js';

const today = '2026-11-22' as IsoDate;
const corpus = corpusOfEvents([
  datedEvent('sochi', '2014', 'year'),
  datedEvent('context-2019', '2019', 'year', { central: false, participants: ['Someone Else'] }),
  datedEvent('video', '2021-06', 'month'),
  datedEvent('boycott-week', '2021-W46', 'week', { central: false }),
  datedEvent('summit', '2021-12-15', 'day'),
  datedEvent('beijing', '2022-02-04', 'day'),
  datedEvent('moscow', '2023-03-20', 'day'),
]);

const idsOf = (answer: ReturnType<typeof timeline>): string[] => (answer.kind === 'timeline' ? answer.data.events.map((e) => e.id) : []);

describe('timeline', () => {
  it('shows central events only by default, in the order given (date order)', () => {
    expect(idsOf(timeline(corpus, { today }))).toEqual(['sochi', 'video', 'summit', 'beijing', 'moscow']);
  });

  it('adds context events with all', () => {
    expect(idsOf(timeline(corpus, { today, all: true }))).toHaveLength(7);
  });

  it.each([
    ['2021', ['video', 'summit']],
    ['2021-11..2022-03', ['summit', 'beijing']],
    ['2022', ['beijing']],
    ['last 4 years', ['moscow']],
  ])('filters to the range %s, with coarse dates overlapping it', (range, expected) => {
    expect(idsOf(timeline(corpus, { today, range }))).toEqual(expected);
  });

  it('keeps a week-precise context event inside a month range', () => {
    expect(idsOf(timeline(corpus, { today, range: '2021-11', all: true }))).toEqual(['boycott-week']);
  });

  it('accepts --from/--to style bounds', () => {
    expect(idsOf(timeline(corpus, { today, from: '2021-12-01', to: '2022-12-31' }))).toEqual(['summit', 'beijing']);
  });

  it('pages long timelines and offers the next page', () => {
    const first = timeline(corpus, { today, pageSize: 2 });
    expect(first.items.map((i) => i.ref?.id)).toEqual(['sochi', 'video']);
    expect(first.nextPage).toBe('timeline page:2');
    const last = timeline(corpus, { today, pageSize: 2, page: 3 });
    expect(last.items.map((i) => i.ref?.id)).toEqual(['moscow']);
    expect(last.nextPage).toBeUndefined();
  });

  it('explains a range it cannot read', () => {
    const answer = timeline(corpus, { today, range: 'the day after tomorrow' });
    expect(answer.kind).toBe('problem');
    expect(answer.headline).toMatch(/date range/);
  });

  it('says honestly when a range has no events', () => {
    const answer = timeline(corpus, { today, range: '1990' });
    expect(answer.items).toEqual([]);
    expect(answer.headline).toMatch(/^No Xi–Putin events from 1 January 1990/);
  });
});
