import { describe, expect, it } from 'vitest';
import { looksLikeHeadline, parseByline, parseDateline, parseHeaderLine } from '../../src/ingest/detect-layout.js';

describe('parseHeaderLine', () => {
  it.each([
    ['Published Time: 2020-06-01', [{ kind: 'published', value: '2020-06-01' }]],
    ['Title: Ferries return', [{ kind: 'title', value: 'Ferries return' }]],
    ['Author: Ada Berg', [{ kind: 'author', value: 'Ada Berg' }]],
    ['Category 1: PORTS; Category 2: TRADE', [{ kind: 'ignored' }]],
    ['Text:', [{ kind: 'body-starts' }]],
    ['date 2020-06-01', [{ kind: 'published', value: '2020-06-01' }]],
    ['date 2020-06-01 By XNA', [{ kind: 'published', value: '2020-06-01' }, { kind: 'outlet', value: 'XNA' }]],
  ])('reads %j', (line, fields) => {
    expect(parseHeaderLine(line)).toEqual({ fields, bodyFrom: null });
  });

  it('finds where body text continues on a date line', () => {
    const line = ' date 2020-06-01 The port reopened on Monday.';
    const header = parseHeaderLine(line);
    expect(header?.bodyFrom).toBe(line.indexOf('The port'));
  });

  it.each([['BEIJING: The talks began.'], ['He said: yes.'], ['The date is unclear.']])('is not fooled by %j', (line) => {
    expect(parseHeaderLine(line)).toBeNull();
  });
});

describe('parseByline', () => {
  it('reads a person', () => expect(parseByline('By Ada Berg')).toEqual([{ kind: 'author', value: 'Ada Berg' }]));
  it('reads an agency', () => expect(parseByline('By AFP')).toEqual([{ kind: 'outlet', value: 'AFP' }]));
  it('reads a person and outlet', () =>
    expect(parseByline('By Ada Berg, Harbour Ledger')).toEqual([{ kind: 'author', value: 'Ada Berg' }, { kind: 'outlet', value: 'Harbour Ledger' }]));
  it('ignores a sentence starting with by', () => expect(parseByline('By the end of May, prices fell.')).toBeNull());
});

describe('parseDateline', () => {
  it.each([
    ['BEIJING: Talks began.', 9, null, null],
    ['MOSCOW (AP) — Talks began.', 14, 'AP', null],
    ['TAIPEI-\u00a0', 8, null, null],
    ['NEW DELHI, Dec 5 (Reuters) - Talks began.', 29, 'Reuters', null],
    ['Feb 4, 2022: Talks began.', 13, null, '2022-02-04'],
    ['Lima, March 3, 2020 (AFP): Talks began.', 27, 'AFP', '2020-03-03'],
  ])('reads %j', (text, length, agency, date) => {
    expect(parseDateline(text)).toEqual({ length, agency, date });
  });

  it.each([['COVID-19 cases rose.'], ['Xi said: yes.'], ['Feb 4, 2022 was cold.'], ['The talks ended.']])('finds none in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe('looksLikeHeadline', () => {
  it('accepts a short title-like line', () => expect(looksLikeHeadline('Ferry Service Returns to the Islands')).toBe(true));
  it('rejects a sentence', () => expect(looksLikeHeadline('The ferry service returned to the islands.')).toBe(false));
  it('rejects a single word', () => expect(looksLikeHeadline('Politics')).toBe(false));
});
