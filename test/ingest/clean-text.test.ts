import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFurniture, outletNamedIn, screenLine } from '../../src/ingest/clean-text.js';

describe('isFurniture', () => {
  it.each([
    ['Share'], ['0 Comments'], ['View all comments'], ['Article Rating'], ['0 0 votes'], ['feature image'], ['Subscribe'],
    ['Notify of'], ['Download the Daily Lantern app for the latest news'], ['Home | World | Business | Sport'],
    ['We use cookies to improve your experience. By continuing you agree.'], ['Please enable JavaScript to view this page.'],
    ['DAX 15,100 +0.4% CAC 7,200 -0.2% FTSE 7,500 +0.1%'], ['© 2020 Harbour Ledger. All rights reserved.'],
    ['Photo: Dock cranes at dawn'], ['![A crane](crane.jpg)'], ['Also Read: Port strike ends'], ['3 min read'],
  ])('drops %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    ['The minister said the port would reopen on Monday.'],
    ['Shares in the shipping firm fell 4% on Tuesday.'],
    ['He used to share an office with the mayor.'],
    ['Comments by the minister drew criticism from the opposition.'],
  ])('keeps article text %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('isFurniture on wire and web widgets', () => {
  it.each([
    ['Advertisement'], ['Story continues below advertisement'], ['Read more: Ferry timetable changes'], ['Also read'], ['Related:'],
    ['Click here to get the latest port news'], ['Follow us on Mastodon'], ['(Reporting by Lise Moreau; Editing by Tom Haller)'],
    ['Reporting by Ada Berg in Lisbon; Editing by Tom Haller'], ['© 2024 Coastal Media Group'], ['All rights reserved'],
    ['Photo: Cranes at dawn'], ['Image: A quiet quay'], ['File photo'], ['Getty Images'], ['AFP via Getty Images'],
    ['Listen to this article'], ['Listen to this article · 5 min'], ['4 min read'], ['Reading time: 3 minutes'],
    ['Sign up for our morning port briefing'], ['Most read'], ['Trending'], ['Trending now'], ['Loading…'], ['Loading...'],
    ['JavaScript is disabled in this browser.'], ['This article was originally published on Dock Weekly.'],
    ['DOW 34,500 -0.5 NASDAQ 13,200 +1.2 SSE 3,100 +0.3'], ['POLITICS  WORLD  BUSINESS  TECH  SPORT'],
    ['The two ministers at the quay on Monday. (Getty Images)'], ['Cranes at the terminal. (AP Photo/Ada Berg)'],
    ['[Home](https://x.org/) | [World](https://x.org/world) | [Sport](https://x.org/sport)'],
    ["CNN's Ada Berg contributed reporting."], ['AP writer Tom Haller contributed to this REPORT.'], ['Ada Berg contributed to this story'],
    ['Editor: Li Ming'], ['Source: Harbour Wire'], ['Like this:'], ['Share this:'],
    ['Why you can trust the Ledger'],
  ])('drops %j', (line) => {
    expect(isFurniture(line)).toBe(true);
  });

  it.each([
    ['The advertisement campaign for new drivers had drawn few applicants.'],
    ['Reporting by state radio suggested the strike could be extended.'],
    ['Trending topics on local forums included the strike.'],
    ['Follow-up talks are planned for June.'],
    ['Sign up for the scheme was slow, officials said.'],
    ['Getty Images photographer Ada Berg was at the quay.'],
    ['Loading of the cargo began on Monday.'],
    ['The file photo showed the two mayors shaking hands in 2019.'],
    ['He said the copyright law was outdated.'],
    ['Related talks will be held next month.'],
    ['FERRIES RETURN TO THE ISLANDS AFTER A LONG WINTER'],
    ['The ministry published the [full text](https://x.org/a/b/c) on Monday.'],
    ['Three agencies contributed reporting staff to the joint desk, the union said.'],
    ['The editor said the paper would appeal.'],
  ])('keeps %j', (line) => {
    expect(isFurniture(line)).toBe(false);
  });
});

describe('outletNamedIn', () => {
  it.each([
    ['Download the Daily Lantern app and stay tuned!', 'Daily Lantern'],
    ['Stay tuned to RiverNews for updates.', 'RiverNews'],
    ['© 2020 Harbour Ledger. All rights reserved.', 'Harbour Ledger'],
    ['Ada Berg is a senior reporter at the Harbour Ledger covering trade.', 'Harbour Ledger'],
    ['This story first appeared on Coast Weekly.', 'Coast Weekly'],
  ])('finds the outlet in %j', (line, outlet) => {
    expect(outletNamedIn(line)).toBe(outlet);
  });

  it('finds none in ordinary text', () => expect(outletNamedIn('The mayor spoke on Monday.')).toBeNull());
});

describe('screenLine', () => {
  const lines = [
    'Share', 'Download the Daily Lantern app and stay tuned!', 'Stay tuned to RiverNews for updates.', 'Photo: Dock cranes at dawn',
    '© 2020 Harbour Ledger. All rights reserved.', 'Ada Berg is a senior reporter at the Harbour Ledger covering trade.',
    'The two ministers at the quay on Monday. (Getty Images)', "CNN's Ada Berg contributed reporting.", 'STAY TUNED TO RIVERNEWS',
    'This story first appeared on Coast Weekly.', 'The mayor spoke on Monday.', 'We use cookies to improve your experience.',
    'Cranes at the terminal. (AP Photo/Ada Berg)', 'The editor said the paper would appeal.', '   ', 'DOW 34,500 -0.5 ▲',
  ];
  it.each(lines.map((line) => [line]))('agrees with isFurniture and outletNamedIn on %j', (line) => {
    expect(screenLine(line)).toEqual({ furniture: isFurniture(line), outlet: outletNamedIn(line) });
  });

  it('agrees with them on any text made of their words', () => {
    const piece = fc.constantFrom('stay tuned', 'Photo', 'credit', 'getty', 'reporter', 'Editor', 'published', 'at the', 'to',
      'Harbour Ledger', '©', '2020', 'Download', 'the', 'app', ' ', ':', '.', '(', ')', '|', 'x', 'Reporting by', 'contributed reporting');
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join(' ')), (line) => {
      expect(screenLine(line)).toEqual({ furniture: isFurniture(line), outlet: outletNamedIn(line) });
    }), { numRuns: 2000 });
  });
});
