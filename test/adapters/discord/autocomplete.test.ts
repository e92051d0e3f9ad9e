import { describe, expect, it } from 'vitest';
import { suggestEvents, suggestZones } from '../../../adapters/discord/autocomplete.js';
import { datedEvent } from '../../fakes/fake-corpus.js';

const events = [
  datedEvent('2019-06-05-aaa', '2019-06-05', 'day', { title: 'Xi and Putin sign a statement in Moscow' }),
  datedEvent('2022-02-04-bbb', '2022-02-04', 'day', { title: 'Putin attends the Beijing Olympics' }),
  datedEvent('2021-W46-ccc', '2021-W46', 'week', { title: 'A video call' }),
];

describe('autocomplete', () => {
  it('suggests events by id prefix first, then by title or date, at most 25, named by date and title', () => {
    expect(suggestEvents({ events }, '2022-02').map((c) => c.value)).toEqual(['2022-02-04-bbb']);
    expect(suggestEvents({ events }, 'moscow')).toEqual([{ name: '5 June 2019 · Xi and Putin sign a statement in Moscow', value: '2019-06-05-aaa' }]);
    expect(suggestEvents({ events }, '').map((c) => c.value)).toEqual(['2022-02-04-bbb', '2021-W46-ccc', '2019-06-05-aaa']);
    const many = Array.from({ length: 60 }, (_, i) => datedEvent(`e${i}`, '2020', 'year'));
    expect(suggestEvents({ events: many }, '')).toHaveLength(25);
    expect(suggestEvents(undefined, 'x')).toEqual([]);
  });

  it('suggests IANA zones by any part of their name, UTC first when nothing is typed', () => {
    expect(suggestZones('berl')[0]).toEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
    expect(suggestZones('new york')[0]!.value).toBe('America/New_York');
    expect(suggestZones('')[0]!.value).toBe('UTC');
    expect(suggestZones('').length).toBe(25);
    expect(suggestZones('zzzz')).toEqual([]);
  });
});
