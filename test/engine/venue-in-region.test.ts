import { describe, expect, it } from 'vitest';
import { venueInRegion } from '../../src/engine/venue-in-region.js';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented report: a meeting at a named venue the place data cannot know, placed by its region.
const { askData } = askingCorpus({
  'shipyard.txt': [
    'date 2031-06-12',
    'Title: Putin hosts visiting leader',
    '',
    'Vladimir Putin met Tomas Varga at the Zvezda shipyard in the Tver region on Thursday.',
  ].join('\n'),
});

describe('a venue placed by the region written after it', () => {
  it('gives the venue as written and the region it is in', () => {
    expect(venueInRegion('They met at the Zvezda shipyard in the Tver region on Thursday.')).toMatchObject({
      venue: 'the Zvezda shipyard', place: { region: 'Tver Oblast', country: 'Russia' },
    });
    expect(venueInRegion('They met at the Kremlin in Moscow.')).toBeNull();
    expect(venueInRegion('They met at the shipyard in the Tver region.')).toBeNull();
  });

  it('answers "where" with the venue, the region and its country', () => {
    expect(askData('Where did Putin meet Tomas Varga?').answer).toMatch(/^At the Zvezda shipyard, Tver Oblast, Russia, /);
  });
});
