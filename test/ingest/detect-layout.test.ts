import { describe, expect, it } from 'vitest';
import { captionPlace, isPhotoCaption, looksLikeHeadline, parseByline, parseDateline, parseDateOnlyLine, parseHeaderLine } from '../../src/ingest/detect-layout.js';

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
    ['BEIJING: Talks began.', 9, 'BEIJING', null, null],
    ['MOSCOW (AP) — Talks began.', 14, 'MOSCOW', 'AP', null],
    ['TAIPEI-\u00a0', 8, 'TAIPEI', null, null],
    ['NEW DELHI, Dec 5 (Reuters) - Talks began.', 29, 'NEW DELHI', 'Reuters', null],
    ['Feb 4, 2022: Talks began.', 13, null, null, '2022-02-04'],
    ['Lima, March 3, 2020 (AFP): Talks began.', 27, 'Lima', 'AFP', '2020-03-03'],
    // Title-case places, press-release and TASS styles, agency alone, a country after the city.
    ['Quito: Talks began.', 7, 'Quito', null, null],
    ['Lagos, March 20 (Reuters) - Talks began.', 28, 'Lagos', 'Reuters', null],
    ['DENVER, Oct. 18, 2023 /PRNewswire/ -- Talks began.', 38, 'DENVER', 'PRNewswire', '2023-10-18'],
    ['OSLO, May 2. /NTB/. Talks began.', 20, 'OSLO', 'NTB', null],
    ['TARTU, Estonia — Talks began.', 17, 'TARTU, Estonia', null, null],
    ['(CNN) — Talks began.', 8, null, 'CNN', null],
    ['São Paulo, 3 May 2021 (EFE) — Talks began.', 30, 'São Paulo', 'EFE', '2021-05-03'],
    // The ANI style: the country in brackets after the city, a space before the colon.
    ['Tartu [Estonia], March 20 : Talks began.', 28, 'Tartu', null, null],
    ['Tartu [Estonia], March 20 (ANI): Talks began.', 33, 'Tartu', 'ANI', null],
  ])('reads %j', (text, length, place, agency, date) => {
    expect(parseDateline(text)).toEqual({ length, place, agency, date });
  });

  it.each([
    ['COVID-19 cases rose.'], ['Xi said: yes.'], ['Feb 4, 2022 was cold.'], ['The talks ended.'],
    // Labels and speakers look like a title-case place and a colon.
    ['Analysis: The talks ended.'], ['Update: Talks resumed.'], ['Putin: “We will win.”'], ['Quito: the talks ended.'],
  ])('finds none in %j', (text) => {
    expect(parseDateline(text)).toBeNull();
  });
});

describe('parseByline on wire and CMS layouts', () => {
  it.each([
    ['By Jane Doe | Reuters | May 9, 2025', [{ kind: 'author', value: 'Jane Doe' }, { kind: 'outlet', value: 'Reuters' }, { kind: 'published', value: '2025-05-09' }]],
    ['By JOHN SMITH, Associated Press', [{ kind: 'author', value: 'John Smith' }, { kind: 'outlet', value: 'Associated Press' }]],
    ['Jane Doe, Staff Writer', [{ kind: 'author', value: 'Jane Doe' }]],
    ['By Ada Berg and Li Wei for the Harbour Ledger', [{ kind: 'author', value: 'Ada Berg and Li Wei' }, { kind: 'outlet', value: 'Harbour Ledger' }]],
    ['By Ada Berg in Lisbon • 4 min read', [{ kind: 'author', value: 'Ada Berg' }]],
    ['By admin', []],
    ['Written by Ada Berg', [{ kind: 'author', value: 'Ada Berg' }]],
    ['Posted by admin', []],
    ['By Staff Reporter', []],
    ['Ada Berg | Updated 9 May 2025', [{ kind: 'author', value: 'Ada Berg' }, { kind: 'updated', value: '2025-05-09' }]],
  ])('reads %j', (line, fields) => {
    expect(parseByline(line)).toEqual(fields);
  });

  it.each([
    ['By Sunday, the talks had ended.'], ['By 2030 the port will double.'], ['Ada Berg, Chief Executive'], ['Harbour Towns, Ferry Deal'],
    ['Ada Berg said the ferry would return.'], ['Written by hand, the letter was short.'],
  ])('finds none in %j', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('parseHeaderLine with times and CMS wording', () => {
  it.each([
    ['Updated 10:42 AM EST, Tue March 21, 2023', [{ kind: 'updated', value: '2023-03-21' }]],
    ['Posted on 12 Feb 2024 by admin', [{ kind: 'published', value: '2024-02-12' }]],
    ['Last updated: 2024-02-12 09:13 UTC', [{ kind: 'updated', value: '2024-02-12' }]],
    ['Published: 2024-02-12T09:13:00Z', [{ kind: 'published', value: '2024-02-12' }]],
    ['Posted on 12 Feb 2024 by Ada Berg', [{ kind: 'published', value: '2024-02-12' }, { kind: 'author', value: 'Ada Berg' }]],
  ])('reads %j', (line, fields) => {
    expect(parseHeaderLine(line)).toEqual({ fields, bodyFrom: null });
  });
});

describe('looksLikeHeadline', () => {
  it('accepts a short title-like line', () => expect(looksLikeHeadline('Ferry Service Returns to the Islands')).toBe(true));
  it('rejects a sentence', () => expect(looksLikeHeadline('The ferry service returned to the islands.')).toBe(false));
  it('rejects a single word', () => expect(looksLikeHeadline('Politics')).toBe(false));
  it('rejects two words, which a site section reads like', () => expect(looksLikeHeadline('World News')).toBe(false));
  it('rejects a photo caption', () => expect(looksLikeHeadline('Mayor Ada Berg opens the fair in Lune, Valeria, Sept. 3, 2031. (Harbour Wire/Tom Haller)')).toBe(false));
});

describe('parseHeaderLine: bars, placeholders, lead-ins, month-only prefixes', () => {
  it('reads every key of a barred line and drops the epoch placeholder', () => {
    expect(parseHeaderLine('Updated: 00:00 GMT, Jan 1, 1970 | Published: 08:15 GMT, April 3, 2022 |'))
      .toEqual({ fields: [{ kind: 'ignored' }, { kind: 'published', value: '2022-04-03' }], bodyFrom: null });
  });

  it('reads a lead-in that dates the piece', () => {
    expect(parseHeaderLine('This Story Is From Mar 9, 2020')).toEqual({ fields: [{ kind: 'published', value: '2020-03-09' }], bodyFrom: null });
    expect(parseHeaderLine('Article first published on 4 May 2019')).toEqual({ fields: [{ kind: 'published', value: '2019-05-04' }], bodyFrom: null });
  });

  it('takes a month-only date prefix off the body without inventing a day', () => {
    expect(parseHeaderLine('date 2020-03 The harbour reopened.')).toEqual({ fields: [{ kind: 'ignored' }], bodyFrom: 13 });
  });

  it('leaves a barred byline to the byline reader', () => {
    expect(parseHeaderLine('By Jane Doe | Reuters | May 9, 2025')).toBeNull();
  });
});

describe('parseDateOnlyLine', () => {
  it.each([
    ['March 21, 2031 / 14:00 / Harbour Hall', '2031-03-21', null],
    ['(Harbour Wire)    09:59, May 10, 2031', '2031-05-10', 'Harbour Wire'],
    ['(XNA) May 10, 2031 11:20', '2031-05-10', 'XNA'],
    ['Thu, 05/25/2031 - 17:53', '2031-05-25', null],
    ['June 6, 2031, Port Harbour', '2031-06-06', null],
    ['May 3, 2031, Old Mill Lodge, Harbour Region', '2031-05-03', null],
  ])('reads %j', (line, date, agency) => {
    expect(parseDateOnlyLine(line)).toEqual({ date, agency });
  });

  it.each([['05/06/2031 - 17:53'], ['May 10, 2031 was a quiet day for the harbour.'], ['(XNA) The ferry line reopened on May 10, 2031.'], ['May 10, 2031, the ferry line reopened'], ['(see below) May 10, 2031']])(
    'is not fooled by %j',
    (line) => expect(parseDateOnlyLine(line)).toBeNull(),
  );
});

describe('isPhotoCaption and captionPlace', () => {
  it.each([
    ['Mayor Ada Berg speaks at the harbour festival in Port Lune, Valeria, May 9, 2031. (Harbour Wire/Tom Haller)', 'Port Lune'],
    ['Mayor Ada Berg during the news conference at a hotel in Goa, India, October 16, 2031 - Harbour Wire International', 'Goa'],
    ['The two mayors shake hands in Port Lune, Saturday June 25, 2031.', 'Port Lune'],
    ["Mayor Ada Berg arrives in Valeria's eastern city of Lune to open the fair, Sept. 3, 2031. (Photo/Tom Haller)", 'Lune'],
    ['Mayor Ada Berg, pictured, opened the fair.', null],
    ['A file photo of the old harbour gate.', null],
  ])('reads %j as a caption showing %j', (paragraph, place) => {
    expect(isPhotoCaption(paragraph)).toBe(true);
    expect(captionPlace(paragraph)).toBe(place);
  });

  it.each([
    ['Tram drivers will strike next week, their union said on Tuesday, 4 June 2031.'],
    ['The ferry pact was signed in Port Lune on Tuesday, June 4, 2031.'],
    ['The mayors met in Port Lune on May 9, 2031, and agreed a ferry line.'],
  ])('reads %j as prose', (paragraph) => expect(isPhotoCaption(paragraph)).toBe(false));
});
