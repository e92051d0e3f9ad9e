import { describe, expect, it } from 'vitest';
import { isFurniture, outletNamedIn } from '../../src/ingest/clean-text.js';

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
