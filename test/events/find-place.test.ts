import { describe, expect, it } from 'vitest';
import { countryOf, datelineCity, findDateline, findPlace, findStatedPlace } from '../../src/events/find-place.js';

describe('findPlace', () => {
  it.each([
    ['The leaders held talks in the Kremlin on Monday.', 'held talks', 'the Kremlin'],
    ['The leaders held talks at the Kremlin on Monday.', 'held talks', 'the Kremlin'],
    ['The leaders held talks on Monday, the Kremlin said.', 'held talks', null],
    ['The leaders held talks on Monday, according to the Kremlin.', 'held talks', null],
    ['Kremlin aide Ilya Sorin said the president would visit next year.', 'visit', null],
    ['Hanoi said the leaders signed a treaty on Monday.', 'signed', null],
    ['The minister met the envoy in Hanoi on Monday.', 'met', 'Hanoi'],
    ['Ana Lutz, an economist at Fudan University in Shanghai, expects a visit to Moscow.', 'visit', 'Moscow'],
    ['Ana Lutz, a scholar at a university in Shanghai, said the envoy would visit next year.', 'visit', null],
    ['He said he would attend the Games to show defiance of a boycott over policies in Tibet.', 'attend', null],
    ['The ministers reviewed the situation in Yemen and agreed to meet in Hanoi in spring.', 'meet', 'Hanoi'],
    ['The ministers have met twice since Russia invaded the country in May.', 'invaded', null],
    ['He confirmed plans to attend the parade, to be held on May 9 in Hanoi.', 'attend', 'Hanoi'],
  ])('finds the venue in %j', (text, action, expected) => {
    expect(findPlace(text, action)).toBe(expected);
  });

  it('keeps "from the Kremlin" and "according to" out of stated places', () => {
    expect(findStatedPlace('A statement from the Kremlin praised the deal.')).toBeNull();
    expect(findStatedPlace('Talks would resume, according to Beijing.')).toBeNull();
    expect(findStatedPlace('Talks would resume in Beijing.')).toBe('Beijing');
  });

  it('reads a place after "war", "crisis" or "situation" as the topic, not the venue', () => {
    expect(findStatedPlace('The envoys spoke by phone about a plan to end the war in Yemen.')).toBeNull();
    expect(findStatedPlace('The envoys spoke by phone about the crisis in Sudan.')).toBeNull();
  });

  it('reads a place before "crisis", "war" or "issue" as the topic, not the venue', () => {
    expect(findPlace('"We value your calm view of the Vietnam crisis," Ana told Ben at their first meeting since the war began.', 'meeting')).toBeNull();
    expect(findPlace('The ministers discussed the Mongolia issue when they met on Monday.', 'met')).toBeNull();
  });

  it('does not narrow a country to a city that only owns a named thing in it ("Hanoi’s Red River Belt project")', () => {
    expect(findPlace('Ana said she plans to travel to Vietnam in May for events related to Hanoi’s Red River Belt project.', 'travel to')).toBe('Vietnam');
    expect(findPlace('He arrived in Vietnam for talks at Hanoi’s presidential palace.', 'arrived')).toBe('Hanoi');
  });

  it('reads a place that says whom someone represents as where they come from, not the venue', () => {
    const list = 'Ana Lutz hosted the summit, which drew leaders from two dozen countries, including the leaders of Vietnam, Mongolia, Serbia and Turkey.';
    expect(findPlace(list, 'hosted')).toBeNull();
    expect(findPlace('The leaders of Vietnam and Mongolia met on Monday.', 'met')).toBeNull();
    expect(findPlace('Ben Ross met Lan Kim of Vietnam and Ivo Horak of Serbia.', 'met')).toBeNull();
    expect(findStatedPlace('Delegations from Serbia held talks on Monday.')).toBeNull();
    expect(findPlace('The envoys of Mongolia met in Hanoi.', 'met')).toBe('Hanoi');
    expect(findPlace('The leaders of Vietnam and Mongolia met in Serbia.', 'met')).toBe('Serbia');
  });
});

describe('datelines', () => {
  it.each([
    ['ASTANA, Kazakhstan — The two leaders met on Thursday.', 'Astana'],
    ['NEW DELHI, Oct 18 (Wire) - The ministers met.', 'New Delhi'],
    ['HANOI: Officials met on Friday.', 'Hanoi'],
    ['The leaders met in Hanoi.', null],
    ['UPDATE: The leaders met.', null],
  ])('reads the dateline city of %j', (text, expected) => {
    expect(findDateline(text)).toBe(expected);
  });

  it('normalises a dateline place as ingest writes it', () => {
    expect(datelineCity('SAMARKAND, Uzbekistan')).toBe('Samarkand');
    expect(datelineCity('ST. PETERSBURG')).toBe('St. Petersburg');
    expect(datelineCity('KYIV BUREAU')).toBeNull();
  });
});

describe('findPlace reach', () => {
  it('never takes a word cut in half for a place', () => {
    const text = 'Putin stressed that the two capitals would celebrate the next two years as the Years of Cooperation in Physical Education and Sports';
    expect(findPlace(text, 'celebrate')).toBeNull();
  });
});

describe('findPlace with the place data', () => {
  it.each([
    ['In Tianjin the two ministers signed a trade accord.', 'signed', 'Tianjin'],
    ['The forum will be held in China’s Sanya next spring.', 'held', 'Sanya'],
    ['Remarks at the opening session, Cape Town, South Africa, 4 May 2011', '', 'Cape Town'],
    ['The envoy arrived in Kazakhstan for the Astana Forum on Monday.', 'arrived', 'Astana'],
    ['The envoys held talks in the Russian capital on Friday.', 'held talks', 'Moscow'],
    ['The envoys met in Russia with Anatoly Krasnov, the Vladimir Oblast governor.', 'met', 'Russia'],
    ['The envoys met in China before the Shanghai Cooperation Organisation session.', 'met', 'China'],
    ['The envoys met in China, Beijing said.', 'met', 'China'],
    ['The envoy began his visit to Russia and hopes to hold talks with Russian President Vladimir Orlov.', 'visit', 'Russia'],
    ['The two envoys met on Friday at the Beijing Winter Olympics, a show of unity.', 'met', 'Beijing'],
    ['The two envoys met in the Hangzhou G20 summit.', 'met', 'Hangzhou'],
  ])('finds %j', (text, action, expected) => {
    expect(findPlace(text, action)).toBe(expected);
  });

  it('does not take money for a city: "the Russian capital markets"', () => {
    expect(findPlace('The fund invests in the Russian capital markets.', 'invests')).not.toBe('Moscow');
  });

  it('knows the country of any city the data has, for who hosts whom', () => {
    expect(countryOf('Yekaterinburg')).toBe('Russia');
    expect(countryOf('Sanya')).toBe('China');
    expect(countryOf('the Kremlin')).toBe('Russia');
    expect(countryOf('Dushanbe')).toBeNull();
  });
});

describe('findPlace: towns described and landmarks', () => {
  it.each([
    ['The ministers met in the northern port city of Tianjin on Monday.', 'met', 'Tianjin'],
    ['Troops marched across Moscow’s Red Square on Tuesday.', 'marched', 'Moscow'],
    ['Veterans gathered at the Tiananmen Square for the ceremony.', 'gathered', 'Beijing'],
    ['The leaders held talks at the Kremlin on Monday.', 'held talks', 'the Kremlin'],
    ['Investors met in the town of Springfield.', 'met', 'Springfield'],
  ])('finds %j', (text, action, expected) => {
    expect(findPlace(text, action)).toBe(expected);
  });
});
