/**
 * The place table (generated from world-countries and GeoNames) as lookup maps, built on first use so start-up pays
 * nothing: countries by any name or alias, cities by name, countries by demonym. Keys are folded by `placeKey`; the
 * table carries each city's key where it is not simply the lower-cased name, so building the index folds nothing.
 */
import { placeKey } from './place-key.js';
import { CITY_ROWS, COUNTRY_ROWS, REGION_ROWS } from './place-table.js';

export { placeKey };

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly capitals: readonly string[];
  readonly demonyms: readonly string[];
}

export interface City {
  readonly name: string;
  readonly country: Country;
}

export interface Region {
  readonly name: string;
  readonly country: Country;
}

export interface PlaceIndex {
  /** By ISO code and capitalised abbreviation, case-sensitive: "US", "UK", "USA", "RSA". */
  readonly codes: ReadonlyMap<string, Country>;
  /** By English name and alias ("Russian Federation", "Great Britain"). */
  readonly countryByName: ReadonlyMap<string, Country>;
  /** By name in another language ("Tadjikistan"): weaker than a city's name. */
  readonly countryByForeignName: ReadonlyMap<string, Country>;
  readonly demonyms: ReadonlyMap<string, Country>;
  readonly cities: ReadonlyMap<string, City>;
  /** First-level regions (states, provinces, oblasts); a region two countries share names neither. */
  readonly regions: ReadonlyMap<string, Region>;
  /**
   * Regions by name without their designator ("amur" for Amur Oblast, "primorsky" for Primorsky Krai): news writes "the
   * Amur region". Read only for a name that says it is a region, since "Amur" alone is a river as well.
   */
  readonly regionsByBareName: ReadonlyMap<string, Region>;
}

/** The words the data puts after a region's name; news replaces them with "region" or drops them. */
const REGION_DESIGNATOR = / (?:oblast|krai|kray|province|prefecture|governorate|region|autonomous okrug|autonomous region|territory)$/;

let index: PlaceIndex | null = null;

const ABBREVIATION = /^[A-Z]{2,3}$/;

/** Adds each (already folded) alias unless two countries share it ("Kongo"): then it names neither. */
function addUnique(owners: Map<string, Country | null>, keys: readonly string[], country: Country): void {
  for (const key of keys) {
    const owner = owners.get(key);
    owners.set(key, owner === undefined || owner === country ? country : null);
  }
}

function settled(owners: ReadonlyMap<string, Country | null>, taken: ReadonlyMap<string, Country>): Map<string, Country> {
  const out = new Map<string, Country>();
  for (const [key, owner] of owners) if (owner && !taken.has(key)) out.set(key, owner);
  return out;
}

const list = (field: string | undefined): string[] => (field === undefined || field === '' ? [] : field.split(';'));

export function placeIndex(): PlaceIndex {
  if (index !== null) return index;
  const codes = new Map<string, Country>();
  const byName = new Map<string, Country>();
  const english = new Map<string, Country | null>();
  const foreign = new Map<string, Country | null>();
  const demonyms = new Map<string, Country>();
  for (const row of COUNTRY_ROWS.split('\n')) {
    const [code = '', name = '', capitals, dems, aliases, others] = row.split('|');
    const country: Country = { code, name, capitals: list(capitals), demonyms: list(dems) };
    codes.set(code, country);
    byName.set(placeKey(name), country);
    for (const d of country.demonyms) demonyms.set(placeKey(d), country);
    const alternatives = list(aliases);
    for (const a of alternatives) if (ABBREVIATION.test(a)) codes.set(a, country);
    addUnique(english, alternatives.filter((a) => !ABBREVIATION.test(a)), country);
    addUnique(foreign, list(others), country);
  }
  // A country's English name outranks another's alias, and any English name outranks a foreign one.
  for (const [key, country] of settled(english, byName)) byName.set(key, country);
  const countryByForeignName = settled(foreign, byName);
  const cities = new Map<string, City>();
  const addCity = (name: string, country: Country): void => {
    const key = placeKey(name);
    if (key !== '' && !cities.has(key)) cities.set(key, { name, country });
  };
  const qualified: Array<[string, Country]> = [];
  for (const row of CITY_ROWS.split('\n')) {
    const [name = '', code = '', key] = row.split('|');
    const country = codes.get(code);
    if (!country) continue;
    const cityKey = key ?? name.toLowerCase();
    if (!cities.has(cityKey)) cities.set(cityKey, { name, country });
    // "Washington, D.C.": also known by the part before the comma, unless another city has that name.
    const comma = name.indexOf(',');
    if (comma > 0) qualified.push([name.slice(0, comma), country]);
  }
  // A capital is known under the country data's spelling too, and by its name without a qualifier ("Washington D.C.").
  for (const country of codes.values()) for (const capital of country.capitals) {
    addCity(capital, country);
    const bare = capital.replace(/,?\s+D\.C\.$/, '');
    if (bare !== capital) qualified.push([bare, country]);
  }
  for (const [name, country] of qualified) addCity(name, country);
  const regionOwners = new Map<string, Region | null>();
  for (const row of REGION_ROWS.split('\n')) {
    const [name = '', code = '', folded] = row.split('|');
    const country = codes.get(code);
    const key = folded ?? name.toLowerCase();
    if (!country || key === '') continue;
    const owner = regionOwners.get(key);
    regionOwners.set(key, owner === undefined || owner?.country === country ? { name, country } : null);
  }
  const regions = new Map<string, Region>();
  for (const [key, region] of regionOwners) if (region) regions.set(key, region);
  const bareOwners = new Map<string, Region | null>();
  for (const [key, region] of regionOwners) {
    const bare = key.replace(REGION_DESIGNATOR, '');
    if (!region || bare === key) continue;
    const owner = bareOwners.get(bare);
    bareOwners.set(bare, owner === undefined || owner === region ? region : null);
  }
  const regionsByBareName = new Map<string, Region>();
  for (const [key, region] of bareOwners) if (region) regionsByBareName.set(key, region);
  index = { codes, countryByName: byName, countryByForeignName, demonyms, cities, regions, regionsByBareName };
  return index;
}
