import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { placeKey } from '../../src/geo/place-key.js';
import { countryOfCity, countryOfPlace, placeMatches, placesCompatible, resolvePlace } from '../../src/geo/resolve-place.js';

describe('resolvePlace', () => {
  it.each([
    ['Dushanbe', { city: 'Dushanbe', country: 'Tajikistan', canonical: 'Dushanbe' }],
    ['Tadjikistan', { country: 'Tajikistan', canonical: 'Tajikistan' }],
    ['Russian Federation', { country: 'Russia', canonical: 'Russia' }],
    ['the United States', { country: 'United States', canonical: 'United States' }],
    ['U.S.', { country: 'United States', canonical: 'United States' }],
    ['UK', { country: 'United Kingdom', canonical: 'United Kingdom' }],
    ['the Russian capital', { city: 'Moscow', country: 'Russia', canonical: 'Moscow' }],
    ["China's capital", { city: 'Beijing', country: 'China', canonical: 'Beijing' }],
    ['the capital of Tajikistan', { city: 'Dushanbe', country: 'Tajikistan', canonical: 'Dushanbe' }],
    ['Durban, South Africa', { city: 'Durban', country: 'South Africa', canonical: 'Durban' }],
    ['the Chinese port city of Qingdao', { city: 'Qingdao', country: 'China', canonical: 'Qingdao' }],
    ["China's Xiamen", { city: 'Xiamen', country: 'China', canonical: 'Xiamen' }],
    ['Kiev', { city: 'Kyiv', country: 'Ukraine', canonical: 'Kyiv' }],
    ['Washington', { city: 'Washington', country: 'United States', canonical: 'Washington' }],
  ])('%j', (text, expected) => {
    expect(resolvePlace(text)).toEqual(expected);
  });

  it('knows a city under any spelling of "Saint" and with or without diacritics', () => {
    expect(resolvePlace('St Petersburg')?.country).toBe('Russia');
    expect(resolvePlace('St. Petersburg')?.city).toBe(resolvePlace('Saint-Petersburg')?.city);
    expect(resolvePlace('Brasilia')?.city).toBe(resolvePlace('Brasília')?.city);
  });

  it('keeps a venue and gives its city', () => {
    expect(resolvePlace('the Kremlin')).toMatchObject({ city: 'Moscow', country: 'Russia', venue: 'the Kremlin' });
  });

  it('gives the most populous city of a shared name, and null for what is no known place', () => {
    expect(countryOfCity('Moscow')).toBe('Russia');
    expect(resolvePlace('the summit')).toBeNull();
    expect(resolvePlace('President')).toBeNull();
    expect(resolvePlace('')).toBeNull();
  });
});

describe('countryOfCity and countryOfPlace', () => {
  it.each([['Dushanbe', 'Tajikistan'], ['Durban', 'South Africa'], ['Sochi', 'Russia'], ['Hangzhou', 'China']])('%s is in %s', (city, country) => {
    expect(countryOfCity(city)).toBe(country);
    expect(countryOfPlace(city)).toBe(country);
  });

  it('has no city for a country, but the country of one', () => {
    expect(countryOfCity('Tajikistan')).toBeNull();
    expect(countryOfPlace('Tajikistan')).toBe('Tajikistan');
  });
});

describe('placeMatches', () => {
  it.each([
    ['Tadjikistan', 'Dushanbe', true],
    ['South Africa', 'Durban', true],
    ['the Russian capital', 'Moscow', true],
    ['Moscow', 'the Kremlin', true],
    ['Russia', 'the Kremlin', true],
    ['St Petersburg', 'Saint Petersburg', true],
    ['Beijing', 'Shanghai', false],
    ['Moscow', 'Russia', false],
    ['China', 'Dushanbe', false],
    ['Camp Nowhere', 'camp nowhere', true],
  ])('%j vs %j → %s', (question, event, expected) => {
    expect(placeMatches(question, event)).toBe(expected);
  });
});

describe('placeKey', () => {
  it('folds case, diacritics, "St."/"Saint", hyphens and a leading "the"', () => {
    expect(placeKey('Saint-Étienne')).toBe(placeKey('St. Etienne'));
    expect(placeKey('The Hague')).toBe('hague');
    expect(placeKey('MOSCOW')).toBe('moscow');
  });
});

describe('the generated place table', () => {
  it('is what the build script makes from the installed packages (never edited by hand)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/geo/build-place-table.ts', '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});

describe('placesCompatible', () => {
  it.each([
    ['Moscow', 'Russia', true],
    ['the Kremlin', 'Moscow', true],
    ['Durban', 'South Africa', true],
    ['St. Petersburg', 'Saint Petersburg', true],
    ['Moscow', 'Beijing', false],
    ['Durban', 'Russia', false],
    ['Camp Nowhere', 'Camp Nowhere', true],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(placesCompatible(a, b)).toBe(expected);
    expect(placesCompatible(b, a)).toBe(expected);
  });
});

describe('regions', () => {
  it('knows first-level regions and their country, after any city of the same name', () => {
    expect(resolvePlace('Goa')).toEqual({ region: 'Goa', country: 'India', canonical: 'Goa' });
    expect(resolvePlace('Shandong Province')).toMatchObject({ region: 'Shandong', country: 'China' });
    expect(resolvePlace('Beijing')?.city).toBe('Beijing');
    expect(countryOfPlace('Xinjiang')).toBe('China');
    expect(countryOfCity('Goa')).toBeNull();
  });

  it('reads "the X region" as a region the data names with its own designator (Oblast, Krai)', () => {
    expect(resolvePlace('the Tver region')).toMatchObject({ region: 'Tver Oblast', country: 'Russia' });
    expect(resolvePlace('Khabarovsk Region')).toMatchObject({ region: 'Khabarovsk Krai', country: 'Russia' });
    expect(resolvePlace('Tver Oblast')).toMatchObject({ region: 'Tver Oblast' });
    // A bare name is not said to be a region: it keeps whatever the data files it under, or nothing.
    expect(resolvePlace('Tver')?.region).toBeUndefined();
  });

  it('matches a region only to itself, and a country to its regions', () => {
    expect(placeMatches('India', 'Goa')).toBe(true);
    expect(placeMatches('Goa', 'Goa')).toBe(true);
    expect(placeMatches('Goa', 'Mumbai')).toBe(false);
    expect(placesCompatible('Goa', 'India')).toBe(true);
    expect(placesCompatible('Goa', 'Kerala')).toBe(false);
  });
});

describe('English names the data files under a local form', () => {
  it.each([['Geneva', 'Switzerland'], ['Cologne', 'Germany'], ['Saigon', 'Vietnam'], ['Bangalore', 'India']])('%s is in %s', (city, country) => {
    expect(countryOfCity(city)).toBe(country);
  });
});
