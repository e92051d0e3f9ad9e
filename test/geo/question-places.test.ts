import { describe, expect, it } from 'vitest';
import { findPlacesInQuestion } from '../../src/geo/question-places.js';
import { placeMatches } from '../../src/geo/resolve-place.js';

const places = (q: string): string[] => findPlacesInQuestion(q).map((p) => `${p.text}→${p.place.canonical}`);

describe('findPlacesInQuestion', () => {
  it.each([
    ['When did the ministers meet in Tadjikistan?', ['Tadjikistan→Tajikistan']],
    ['Where in South Africa did the summit take place?', ['South Africa→South Africa']],
    ['What happened in the Russian capital in May?', ['the Russian capital→Moscow']],
    ['wen did the envoy go to moscow', ['moscow→Moscow']],
    ['did the envoys meet in kazakhstan or in Sochi?', ['kazakhstan→Kazakhstan', 'Sochi→Sochi']],
    ['When did Putin meet Xi?', []],
    ['what were they reading at the nice dinner?', []],
  ])('%j', (question, expected) => {
    expect(places(question)).toEqual(expected);
  });

  it('gives words that placeMatches compares with an event place', () => {
    const [asked] = findPlacesInQuestion('Did they meet in Tadjikistan?');
    expect(asked && placeMatches(asked.text, 'Dushanbe')).toBe(true);
    expect(asked && placeMatches(asked.text, 'Durban')).toBe(false);
  });
});
