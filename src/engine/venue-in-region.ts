/**
 * "At the Vostochny cosmodrome in the Amur region": a named venue the place data cannot know (a cosmodrome, a resort,
 * a shipyard), placed by the region, city or country written after it. The venue is given as written.
 */
import { resolvePlace, type ResolvedPlace } from '../geo/resolve-place.js';

export interface VenueInRegion {
  /** The venue as the text writes it: "the Vostochny cosmodrome". */
  readonly venue: string;
  /** The place it is said to be in, as written ("the Amur region") and as resolved. */
  readonly name: string;
  readonly place: ResolvedPlace;
}

/** "at the <Named venue words> in <Place words>": a venue starts with a capital and runs up to five words. */
const AT_VENUE_IN = /\bat\s+(the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}?)\s+(?:in|near|outside)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2})/gu;

/** The first venue a text places "at … in …", with the longest run of the words after "in" that names a place. */
export function venueInRegion(text: string): VenueInRegion | null {
  for (const m of text.matchAll(AT_VENUE_IN)) {
    const venue = `${m[1] ?? ''}${m[2] ?? ''}`;
    // A venue the data knows as a city or a landmark ("at the Kremlin in Moscow") is placed by the usual reading.
    if (resolvePlace(venue) !== null) continue;
    const words = (m[3] ?? '').split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const name = words.slice(0, n).join(' ').replace(/[.,;:'’]+$/, '');
      const place = resolvePlace(name);
      if (place) return { venue, name, place };
    }
  }
  return null;
}
