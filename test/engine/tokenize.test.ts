import { describe, expect, it } from 'vitest';
import { foldText, splitWords, stem, tokenize } from '../../src/engine/tokenize.js';

describe('tokenize', () => {
  it.each([
    ["Xi's visit", ['xi', 'visit']],
    ['Xi’s visit', ['xi', 'visit']],
    ['Olympics Olympic', ['olympic', 'olympic']],
    ['meets meeting met meet', ['meet', 'meet', 'meet', 'meet']],
    ['hosted hosting hosts', ['host', 'host', 'host']],
    ['invite invited inviting', ['invit', 'invit', 'invit']],
    ['planned planning', ['plan', 'plan']],
    ['countries country', ['country', 'country']],
    ['Sōchi SOCHI', ['sochi', 'sochi']],
    ['Xi-Putin summit', ['xi', 'putin', 'summit']],
    ['when did the leaders meet', ['leader', 'meet']],
    ['Beijing Chongqing', ['beijing', 'chongqing']],
    ['news talks', ['news', 'talk']],
    ['2022-02-04', ['2022', '02', '04']],
    ['', []],
    ['!!! ... ---', []],
  ])('%j → %j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('keeps non-Latin scripts as words, one token per Han character', () => {
    expect(tokenize('Путин в Пекине')).toEqual(['путин', 'пекине']);
    expect(tokenize('习近平')).toEqual(['习', '近', '平']);
  });

  it('folds diacritics and compatibility forms', () => {
    expect(foldText('Ｓöchi Café')).toBe('sochi cafe');
  });

  it('splitWords keeps stopwords and does not stem, for phrase matching', () => {
    expect(splitWords("The Kremlin's opening ceremonies")).toEqual(['the', 'kremlin', 'opening', 'ceremonies']);
  });

  it('stem leaves short words and numbers alone', () => {
    expect(stem('xi')).toBe('xi');
    expect(stem('us')).toBe('us');
    expect(stem('2022s')).toBe('2022s');
  });

  it('is fast: a 100 kB text tokenizes in well under a second', () => {
    const text = 'Putin met Xi in Beijing to discuss the pipeline. '.repeat(2_000);
    const start = performance.now();
    const terms = tokenize(text);
    expect(performance.now() - start).toBeLessThan(500);
    expect(terms.length).toBe(2_000 * 6);
  });
});
