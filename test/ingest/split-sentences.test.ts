import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/ingest/split-sentences.js';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['keeps titles with their names', 'Mr. Lund met Dr. Aho on Friday. They agreed.', ['Mr. Lund met Dr. Aho on Friday.', 'They agreed.']],
    ['keeps U.S. inside a sentence', 'The U.S. envoy arrived. Talks began.', ['The U.S. envoy arrived.', 'Talks began.']],
    ['ends at U.S. before a sentence opener', 'Aid came from the U.S. The rest came later.', ['Aid came from the U.S.', 'The rest came later.']],
    ['keeps abbreviated months with their day', 'They met on Dec. 6, 2021. It rained.', ['They met on Dec. 6, 2021.', 'It rained.']],
    ['keeps No. with its number', 'Route No. 7 reopened. Buses ran.', ['Route No. 7 reopened.', 'Buses ran.']],
    ['keeps initials with the surname', 'It was written by J. R. Okafor. Critics liked it.', ['It was written by J. R. Okafor.', 'Critics liked it.']],
    ['keeps decimals whole', 'Growth was 3.5 per cent. Exports rose.', ['Growth was 3.5 per cent.', 'Exports rose.']],
    ['ends after a closing quote', 'She said "We are ready." Then she left.', ['She said "We are ready."', 'Then she left.']],
    ['does not end at a quoted question before the speaker', '"Why now?" he asked. Nobody knew.', ['"Why now?" he asked.', 'Nobody knew.']],
    ['ends at an ellipsis before a capital', 'We waited... Then the bus came.', ['We waited...', 'Then the bus came.']],
    ['keeps an ellipsis before lower case', 'It was… quiet. Very quiet.', ['It was… quiet.', 'Very quiet.']],
    ['splits run-together sentences after a year', 'The bridge opened in 2022.Officials cheered.', ['The bridge opened in 2022.', 'Officials cheered.']],
    ['splits run-together sentences after a word', 'Prices rose sharply.The bank acted.', ['Prices rose sharply.', 'The bank acted.']],
    ['splits before a run-together acronym', 'Both sides agreed.NATO said nothing.', ['Both sides agreed.', 'NATO said nothing.']],
    ['leaves domain names alone', 'Details are on example.com today.', ['Details are on example.com today.']],
    ['splits after a quote glued to the next sentence', 'It is over.”The crowd left.', ['It is over.”', 'The crowd left.']],
    ['handles question and exclamation marks', 'Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    ['returns a sentence without final punctuation', 'No full stop here', ['No full stop here']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('reports offsets of each sentence within the given range', () => {
    const text = 'HEADER. First one here.Second one.';
    const spans = splitSentences(text, 8, text.length);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one here.', 'Second one.']);
    expect(spans[1]?.start).toBe(text.indexOf('Second'));
  });

  it('returns nothing for punctuation or spaces alone', () => {
    expect(split(' ... !! ')).toEqual([]);
  });
});
