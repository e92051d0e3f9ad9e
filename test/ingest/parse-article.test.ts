import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/domain.js';
import { parseArticle, parseArticleDetailed, shortenToTitle } from '../../src/ingest/parse-article.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/articles');
const SEEDS = path.resolve(import.meta.dirname, '../../data/articles');

function parseFile(dir: string, file: string): { article: Article; text: string } {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const result = parseArticle(file, text);
  if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
  return { article: result.value, text };
}

const FURNITURE = /download the|\bcomments?\b|article rating|feature image|notify of|subscribe|cookie|javascript|©|^share\b|votes/i;

describe('parseArticle on each layout', () => {
  it.each([
    // file, title, outlet, author, published, inferred
    ['header-block.txt', 'Harbour towns sign a ferry pact after long talks', 'Harbour Ledger', 'Mira Okonkwo', '2019-04-09', false],
    ['byline-agency.txt', 'The two ministers met for an hour on Wednesday to discuss sugar…', 'XNA', null, '2020-01-02', false],
    ['dateline-date.txt', 'The river authority opened the new flood gates on Sunday, ahead…', 'Valley Courier', null, '2019-03-03', true],
    ['dateline-agency.txt', 'Dock workers ended a three-week strike on Thursday (June 6, 2019) after…', 'AP', null, '2019-06-06', true],
    ['headline-dateline.txt', 'Glassworks Reopens After Two Years of Repairs', null, null, '2024-11-09', true],
    ['markdown.md', 'Orchard growers form a new cooperative', null, 'Ana Lopez', '2023-05-12', true],
    ['no-header.txt', 'Farmers in the northern valley began harvesting barley earlier than usual this…', null, null, null, false],
    ['furniture.txt', 'Lake ferry resumes service after winter break', 'Lake Press Media', 'Tom Haller', null, false],
    ['hard-wrapped.txt', 'Council approves a new bridge', null, null, null, false],
    ['repeated-body.txt', 'Library extends opening hours', null, null, '2021-03-15', false],
    ['page.html', 'Rail link opens to passengers', 'The Coastline Post', 'Lena Brandt', '2022-09-14', false],
  ])('%s: title, outlet, author and date', (file, title, outlet, author, published, inferred) => {
    const { article } = parseFile(FIXTURES, file);
    expect(article).toMatchObject({ file, title, outlet, author, published, publishedInferred: inferred });
  });

  it('takes the dateline out of the first sentence', () => {
    expect(parseFile(FIXTURES, 'dateline-agency.txt').article.sentences[0]?.text).toMatch(/^Dock workers ended/);
    expect(parseFile(FIXTURES, 'dateline-date.txt').article.sentences[0]?.text).toMatch(/^The river authority/);
  });

  it('splits run-together sentences with exact offsets', () => {
    const { article, text } = parseFile(FIXTURES, 'header-block.txt');
    const deal = article.sentences.find((s) => s.text.startsWith('The deal restores'));
    expect(deal?.offset).toBe(text.indexOf('The deal restores'));
    expect(article.sentences.map((s) => s.text)).toContain('Fares will be set by a joint board.');
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const { article } = parseFile(FIXTURES, 'hard-wrapped.txt');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.paragraphs[0]).toMatch(/^The town council approved .* across the canal on Monday/);
  });

  it('counts a repeated body once', () => {
    const { article } = parseFile(FIXTURES, 'repeated-body.txt');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The city library will stay open until 10 p.m. on weekdays from next month.',
      'The change follows a survey of 2,000 readers.',
      'Staff numbers will rise by four.',
    ]);
  });

  it('drops page furniture from text, markdown and HTML layouts', () => {
    for (const file of ['furniture.txt', 'headline-dateline.txt', 'markdown.md', 'page.html', 'dateline-date.txt']) {
      const { article } = parseFile(FIXTURES, file);
      for (const s of article.sentences) expect(s.text, `${file}: ${s.text}`).not.toMatch(FURNITURE);
    }
    const html = parseFile(FIXTURES, 'page.html').article;
    expect(html.sentences.map((s) => s.text)).toEqual([
      'The coastal rail link carried its first passengers on Wednesday, cutting the trip between the two ports to 40 minutes.',
      'The operator said trains would run every half hour & tickets cost 4.50 euros.',
      'Construction began in 2017.',
      'Work stopped twice because of funding gaps.',
    ]);
  });

  it('points HTML sentence offsets at the source text', () => {
    const { article, text } = parseFile(FIXTURES, 'page.html');
    const first = article.sentences[0];
    expect(first && text.slice(first.offset, first.offset + first.text.length)).toBe(first?.text);
    const entity = article.sentences[1];
    expect(entity && text.slice(entity.offset, entity.offset + 20)).toBe('The operator said tr');
  });

  it('turns markdown list items into their own paragraphs without the marker', () => {
    const { article } = parseFile(FIXTURES, 'markdown.md');
    expect(article.paragraphs.slice(-2)).toEqual(['Members will sell under one label.', 'Storage fees will fall by half.']);
  });

  it('gives the same id to the same content and a new id to changed content', () => {
    const a = parseArticle('a.txt', 'The council met on Monday. It agreed.');
    const b = parseArticle('a.txt', 'The council met on Monday. It agreed.');
    const c = parseArticle('a.txt', 'The council met on Tuesday. It agreed.');
    expect(a.ok && b.ok && a.value.id === b.value.id).toBe(true);
    expect(a.ok && c.ok && a.value.id !== c.value.id).toBe(true);
    expect(a.ok && a.value.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['x.txt', '', 'empty'],
    ['x.txt', '   \n\n  ', 'empty'],
    ['x.txt', 'abc\u0000def', 'binary'],
    ['x.txt', 'Share\nSubscribe\n0 Comments\n', 'no-text'],
    ['x.html', '<html><body><nav>Home | News | Sport</nav><div class="comments">0 Comments</div></body></html>', 'no-text'],
  ])('%s: refuses %j with a %s error', (file, text, code) => {
    const result = parseArticle(file, text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, file });
  });
});

describe('parseArticle on wire, CMS and press-release layouts', () => {
  it.each([
    // file, title, outlet, author, published, inferred
    ['byline-wire.txt', 'Salt prices climb as coastal works flood', 'Harbour Wire', 'Ada Berg', '2025-05-09', false],
    ['byline-caps.txt', 'Tram drivers in the old town will strike for two days next…', 'Associated Bulletin', 'Petra Novak', '2024-06-04', true],
    ['cms-posted.txt', 'Village bakery wins regional bread prize', null, null, '2024-02-12', false],
    ['updated-line.txt', 'Ice closed the northern shipping lane for a week in early March…', null, 'Rowan Pike', '2023-03-21', false],
    ['last-updated.md', 'Solar farm connects to the grid', null, null, '2024-02-12', false],
    ['dateline-title-colon.txt', 'The two central banks agreed on Friday to settle border trade…', null, null, null, false],
    ['dateline-prnewswire.txt', 'Grainline opens a seed bank in the highlands', 'PRNewswire', null, '2023-10-18', true],
    ['dateline-title-agency.txt', 'Port authorities cleared a backlog of 300 containers on Monday, March 20…', 'Reuters', null, '2023-03-20', true],
    ['dateline-country.txt', 'The university library reopened its reading rooms on Wednesday after a two-year…', null, null, null, false],
    ['furniture-wire.txt', 'Harbour cranes idle as crane drivers walk out', 'Dock Weekly', 'Lise Moreau', null, false],
    ['markdown-links.md', 'Orchard cooperative expands', null, 'Ana Lopez', null, false],
    ['reader-markdown.md', 'Tram line reaches the old harbour', 'harbour-gazette.example', 'Ines Duarte', '2024-04-02', false],
    ['readout-date-line.txt', 'Talks between the two harbour authorities', null, null, '2024-04-03', false],
  ])('%s: title, outlet, author and date', (file, title, outlet, author, published, inferred) => {
    const { article } = parseFile(FIXTURES, file);
    expect(article).toMatchObject({ file, title, outlet, author, published, publishedInferred: inferred });
  });

  it.each([
    ['byline-wire.txt', 'Salt prices rose by a fifth'],
    ['byline-caps.txt', 'Tram drivers in the old town'],
    ['cms-posted.txt', 'The bakery on Mill Street'],
    ['updated-line.txt', 'Ice closed the northern'],
    ['dateline-title-colon.txt', 'The two central banks'],
    ['dateline-prnewswire.txt', 'Grainline, a farm cooperative'],
    ['dateline-title-agency.txt', 'Port authorities cleared'],
    ['dateline-country.txt', 'The university library'],
  ])('%s: byline and dateline stay out of the text, which starts at %j with an exact offset', (file, start) => {
    const { article, text } = parseFile(FIXTURES, file);
    const first = article.sentences[0];
    expect(first?.text.startsWith(start)).toBe(true);
    expect(first?.offset).toBe(text.indexOf(start));
    expect(article.sentences.every((s) => text.slice(s.offset, s.offset + s.text.length) === s.text)).toBe(true);
    expect(article.sentences.some((s) => /\b(?:admin|Staff Writer|PRNewswire|Reuters|Harbour Wire|Posted on)\b/.test(s.text))).toBe(false);
  });

  it('drops wire and web furniture but keeps real sentences that use the same words', () => {
    const { article } = parseFile(FIXTURES, 'furniture-wire.txt');
    expect(article.sentences.map((s) => s.text)).toEqual([
      "The harbour's container cranes stood idle on Monday as drivers began a 48-hour strike over shift patterns.",
      'The advertisement campaign for new drivers had drawn few applicants, the port said.',
      'Reporting by state radio suggested the strike could be extended.',
      'Trending topics on local forums included the strike.',
    ]);
  });

  it('strips inline Markdown from sentences, points offsets at visible text, and keeps plain sentences exact', () => {
    const { article, text } = parseFile(FIXTURES, 'markdown-links.md');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The cooperative added four villages on Friday, its chair said.',
      "Members now store half of the valley's apples in shared cold rooms.",
      'Plain sentences keep their exact text.',
    ]);
    expect(article.sentences.map((s) => s.offset)).toEqual([text.indexOf('The **co'), text.indexOf('Members'), text.indexOf('Plain')]);
    const plain = article.sentences[2];
    expect(plain && text.slice(plain.offset, plain.offset + plain.text.length)).toBe(plain?.text);
    // The URL's dotted path did not split the sentence, and its date is not in the text.
    expect(article.sentences.some((s) => s.text.includes('2023'))).toBe(false);
  });

  it('reads a reader-tool Markdown scrape: menus, Setext heading, rules, date line and credits are not text', () => {
    const { article, text } = parseFile(FIXTURES, 'reader-markdown.md');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The new tram line carried its first riders to the old harbour on Tuesday, the operator said.',
      'Trams will run every ten minutes.',
    ]);
    expect(article.sentences[0]?.offset).toBe(text.indexOf('The **new'));
  });

  it('takes a date line with time and place as the stated date, and drops desk notes', () => {
    const { article } = parseFile(FIXTURES, 'readout-date-line.txt');
    expect(article.sentences.map((s) => s.text)).toEqual([
      'The heads of the two harbour authorities held talks on shared berths.',
      'The talks began in a restricted format.',
    ]);
  });

  it.each([
    ['dateline-title-colon.txt', { place: 'Quito', agency: null }],
    ['dateline-title-agency.txt', { place: 'Lagos', agency: 'Reuters' }],
    ['dateline-country.txt', { place: 'TARTU, Estonia', agency: null }],
    ['dateline-prnewswire.txt', { place: 'DENVER', agency: 'PRNewswire' }],
    ['headline-dateline.txt', { place: 'VALLETTA', agency: null }],
    ['no-header.txt', null],
  ])('%s: exposes the dateline place and agency', (file, dateline) => {
    const result = parseArticleDetailed(file, readFileSync(path.join(FIXTURES, file), 'utf8'));
    expect(result.ok && result.value.dateline).toEqual(dateline);
  });

  it('counts a byte-order mark given in the text when placing offsets', () => {
    const text = '\ufeffBEIJING: The harbour reopened on Monday. Ferries run hourly.';
    const result = parseArticle('bom.txt', text);
    expect(result.ok && result.value.sentences.map((s) => [s.offset, s.text])).toEqual([
      [text.indexOf('The harbour'), 'The harbour reopened on Monday.'],
      [text.indexOf('Ferries'), 'Ferries run hourly.'],
    ]);
  });
});

describe('shortenToTitle', () => {
  it.each([
    ['The council met.', 'The council met'],
    ['Residents of the three hill villages voted by a large majority on Sunday to merge.', 'Residents of the three hill villages voted by a large majority…'],
    ['The summit, which lasted well over nine hours in total, ended on Friday with a statement.', 'The summit, which lasted well over nine hours in total, ended…'],
    ['Supercalifragilisticexpialidocious-style compound words run on and on in unusually long headline-like sentences today.', 'Supercalifragilisticexpialidocious-style compound words run on and on in unusually long…'],
    ['两国领导人在莫斯科举行会谈双方同意加强合作并签署了多项协议涉及能源贸易和交通等多个领域的长期合作安排以及未来几年的具体落实计划和时间表还有更多细节将在随后公布这是一个非常长的句子用来测试没有空格的文本如何被截断为标题', '两国领导人在莫斯科举行会谈双方同意加强合作并签署了多项协议涉及能源贸易和交通等多个领域的长期合作安排以及未来…'],
  ])('%j → %j', (sentence, title) => {
    const result = shortenToTitle(sentence);
    expect(result).toBe(title);
  });

  it('never cuts inside a word and never exceeds the limits', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,15}$/), { minLength: 1, maxLength: 40 }), (words) => {
        const sentence = `${words.join(' ')}.`;
        const title = shortenToTitle(sentence);
        if (!title.endsWith('…')) return title === sentence.slice(0, -1);
        const kept = title.slice(0, -1).split(' ');
        return kept.length <= 12 && title.length <= 91 && kept.every((w, i) => w === words[i]);
      }),
    );
  });
});

describe('parseArticle on any input (property)', () => {
  const pieces = fc.constantFrom(
    'Mr. ', 'U.S. ', '2022.', 'Xi ', 'said ', '"', '“', '”', '…', '...', '\n', '\n\n', ' ', 'date 2021-11-23 ', 'By PTI\n',
    'BEIJING: ', 'Title: ', 'Text: ', 'Share\n', '0 Comments\n', 'Feb 4, 2022: ', '\u00a0', '<p>', '</p>', '&amp;', '# ', '- ',
    'The talks ended.', 'A', 'b', '.', '?', '!', '\r\n', '\t', '(AP) — ', '\ud83d\ude00', '**', '*', '_', '[', ']', '](https://x.org/A.Bc)',
    '![i](p.jpg)', '`', '\ufeff', 'By Ada Berg | Reuters | May 9, 2025\n', 'Quito: ', '/PRNewswire/ -- ',
  );
  const articleLike = fc.array(pieces, { maxLength: 60 }).map((p) => p.join(''));
  const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), articleLike);

  it('never throws, and every sentence offset points back at its text (.txt and .md)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.txt', 'b.md'), (text, file) => {
        const result = parseArticle(file, text);
        if (!result.ok) return result.error.code !== 'parse-failed';
        return result.value.sentences.every((s, i) => {
          const slice = text.slice(s.offset, s.offset + s.text.length);
          if (slice === s.text) return s.index === i;
          // Inline Markdown was stripped: the offset is that of the first visible character, and markup is nearby.
          return s.index === i && text[s.offset] === s.text[0] && /[[*_`~<]/.test(text.slice(Math.max(0, s.offset - 2), s.offset + s.text.length * 4 + 40));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on HTML, and offsets stay inside the source', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseArticle('a.html', text);
        if (!result.ok) return result.error.code !== 'parse-failed';
        return result.value.sentences.every((s) => s.offset >= 0 && s.offset < text.length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseArticle on the seed articles', () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  const parsed = new Map(seeds.map((f) => [f.slice(0, 3), parseFile(SEEDS, f)]));
  const seed = (prefix: string): { article: Article; text: string } => {
    const found = parsed.get(prefix);
    if (found === undefined) throw new Error(`seed ${prefix} missing`);
    return found;
  };

  it.each([
    ['000', '2021-11-23', false],
    ['001', '2022-02-04', true],
    ['002', '2021-12-15', false],
    ['003', '2021-12-15', false],
    ['004', '2023-03-21', true],
  ])('seed %s is dated %s (inferred: %s)', (prefix, published, inferred) => {
    expect(seed(prefix).article).toMatchObject({ published, publishedInferred: inferred });
  });

  it('takes titles from the header or headline line, else the first sentence', () => {
    expect(seed('002').article.title).toMatch(/^‘Get-together for Beijing Winter Olympics,’ Xi-Putin virtual talks/);
    expect(seed('004').article.title).toBe('Xi Jinping Continues Visit to Moscow to Further Discuss Ukraine and Other Issues');
    for (const prefix of ['000', '001', '003']) expect(seed(prefix).article.title.split(' ').length).toBeLessThanOrEqual(13);
  });

  it('names the outlet where the text does', () => {
    expect(seed('000').article.outlet).toBe('PTI');
    expect(seed('001').article.outlet).toBe('BaaghiTV');
    expect(seed('002').article.outlet).toBe('Global Times');
    expect(seed('002').article.author).toBe('Yang Sheng');
  });

  it('has no sentence twice, no furniture, and exact offsets', () => {
    for (const { article, text } of parsed.values()) {
      const texts = article.sentences.map((s) => s.text);
      expect(new Set(texts).size, article.file).toBe(texts.length);
      for (const s of article.sentences) {
        expect(s.text).not.toMatch(/download the .* app|\b0 comments\b|article rating|feature image|notify of|^subscribe$/i);
        expect(text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
      }
    }
  });

  it('keeps only the first copy of the twice-scraped body in 002', () => {
    const { article, text } = seed('002');
    const secondCopy = text.indexOf('When Chinese President Xi Jinping met', 100 + text.indexOf('When Chinese President Xi Jinping met'));
    expect(secondCopy).toBeGreaterThan(0);
    expect(article.sentences.every((s) => s.offset < secondCopy)).toBe(true);
    expect(article.sentences.some((s) => s.text.startsWith('Solid friendship'))).toBe(false);
  });

  it('keeps headers and datelines out of sentences', () => {
    expect(seed('000').article.sentences[0]?.text).toMatch(/^Russian President Vladimir Putin/);
    expect(seed('001').article.sentences[0]?.text).toMatch(/^Chinese President Xi Jinping is set/);
    expect(seed('003').article.sentences[0]?.text).toMatch(/^Chinese President Xi Jinping and/);
    expect(seed('004').article.sentences[0]?.text).toMatch(/^Chinese President Xi Jinping will continue/);
  });
});

describe('publication date: placeholders and bounding dates', () => {
  const dateOf = (text: string): string | null => {
    const r = parseArticle('x.txt', text);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.published;
  };

  it('never publishes on the epoch placeholder of an empty timestamp', () => {
    expect(dateOf('Ferry talks end\n\nUpdated: 00:00 GMT, Jan 1, 1970 | Published: 08:15 GMT, April 3, 2022 |\n\nThe ferry talks ended on Sunday.')).toBe('2022-04-03');
  });

  it('reads a date line that opens with the agency in brackets, the time before the date', () => {
    const a = parseArticle('agency.txt', 'Ferry talks end\n\n(Harbour Wire)    09:59, May 10, 2031\n\nThe ferry talks ended on Saturday after a long night.');
    if (!a.ok) throw new Error(a.error.message);
    expect(a.value).toMatchObject({ published: '2031-05-10', publishedInferred: false, outlet: 'Harbour Wire' });
    expect(a.value.sentences.map((s) => s.text)).toEqual(['The ferry talks ended on Saturday after a long night.']);
  });

  it('reads a weekday, an unambiguous numeric date and a clock as the date line; an ambiguous one dates nothing', () => {
    const page = (line: string): string => `ID :\n4471\n${line}\n\nFerry talks end\n\nThe ferry talks ended on Thursday after a long night.`;
    expect(dateOf(page('Thu, 05/25/2031 - 17:53'))).toBe('2031-05-25');
    expect(dateOf(page('Thu, 05/06/2031 - 17:53'))).toBeNull();
  });

  it('reads a transcript heading of a date and the place as the stated date, not a sentence', () => {
    const r = parseArticle('t.txt', 'Harbour towns sign a ferry pact\n\nJune 6, 2031, Port Harbour\n\nThe mayors signed the ferry pact after a year of talks.');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ published: '2031-06-06', publishedInferred: false });
    expect(r.value.sentences.map((s) => s.text)).toEqual(['The mayors signed the ferry pact after a year of talks.']);
  });

  it('never dates a story by a photo caption from another place (a file photo); a caption of its own scene may', () => {
    const caption = 'Mayor Ada Berg during the news conference at a hotel in Goa, India, October 16, 2031';
    const lead = 'Mayor Ada Berg said she plans to visit the islands next May, at a meeting with the governor.';
    // Filed from elsewhere, or not naming the caption's place at all: the picture is from another day.
    expect(dateOf(`Ferry talks end\n\n${caption}\n\nPORT LUNE (Harbour Wire) — ${lead}`)).toBeNull();
    expect(dateOf(`Ferry talks end\n\n${caption}\n\n${lead}`)).toBeNull();
    expect(dateOf(`Ferry talks end\n\nA file photo shows the old harbour gate in Goa, India, October 16, 2031.\n\nGOA (Harbour Wire) — ${lead}`)).toBeNull();
    // The caption shows where the story was filed: its date is the story's day.
    expect(dateOf(`Ferry talks end\n\n${caption}\n\nGOA (Harbour Wire) — ${lead}`)).toBe('2031-10-16');
  });

  it('reads a caption above the story as text, not the headline: it lends its year to a day-month dateline it shows', () => {
    const page = "Mayor Ada Berg arrives in Valeria's eastern city of Lune to open the fair, Sept. 3, 2031. (Harbour Wire/Tom Haller)\n"
      + 'LUNE, Valeria, Sept. 3 (Harbour Wire) -- Mayor Ada Berg arrived in this port city on Saturday night for the fair.\n'
      + 'She will also meet the governor during her stay.';
    const r = parseArticle('cap.txt', page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ published: '2031-09-03', publishedInferred: true, dateline: 'LUNE, Valeria' });
    expect(r.value.title).not.toMatch(/Tom Haller/);
  });

  it('reads a "this article is from" line', () => {
    expect(dateOf('This Article is From Mar 9, 2020\n\nFerry talks end\n\nThe ferry talks ended on Sunday after a long night.')).toBe('2020-03-09');
  });

  it('does not take a "since" date in a banner for the day of the news', () => {
    expect(dateOf('Since March 1, 2023, this site carries no ads. Please donate.\n\nThe ferry talks ended on Sunday after a long night.')).toBeNull();
  });
});

describe('a wire dateline below the page chrome', () => {
  const menu = ['Back to Main page', 'World', 'Business', 'Sport', 'All news', 'Select the city'].join('\n\n');
  const parse = (body: string) => {
    const r = parseArticle('w.txt', `${menu}\n\n${body}`);
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };

  it('opens the lead where the dateline stands and takes it out of the text', () => {
    const a = parse('LISBON, March 3. /LUSA/. The harbour board has approved a new ferry line. Work starts soon.');
    expect(a.dateline).toBe('LISBON');
    expect(a.sentences[a.leadSentence ?? 0]?.text).toBe('The harbour board has approved a new ferry line.');
  });

  it('gives a day-month dateline the year of the latest full date the story looks back on', () => {
    expect(parse('LISBON, March 3. /LUSA/. The board met on Tuesday. Its last vote was on January 20, 2031.').published).toBe('2031-03-03');
  });

  it('reads a "Date" label whose value is on the next line, below a site menu', () => {
    const page = ['Home', 'About', 'Research', 'Events', 'Library', 'Contact', '', 'Harbour towns sign a ferry pact', '',
      'Date', '3 March 2031', 'Author', 'Mira Okonkwo', '', 'The two harbour boards signed the ferry pact on Monday after a year of talks.'].join('\n');
    expect(parse(page).published).toBe('2031-03-03');
    // Without the label a date that deep in the menu is not vouched for: it may be a banner's or a list's.
    expect(parse(page.replace('Date\n', 'Topics\n')).published).toBeNull();
  });

  it('reads labels left without their value above the headline as the page form, not the text', () => {
    const r = parseArticle('f.txt', 'View settings\n\nFont size:\nSite colours:\n\nHarbour towns sign a ferry pact\n\nThe two boards signed the pact on Monday.');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Harbour towns sign a ferry pact');
    expect(r.value.sentences.map((s) => s.text)).toEqual(['The two boards signed the pact on Monday.']);
  });

  it('takes the headline below a site section, not the section', () => {
    const r = parseArticle('s.txt', 'All news\n\nHarbour towns sign a ferry pact\n\nThe two harbour boards signed the pact on Monday.');
    if (!r.ok) throw new Error(r.error.message);
    const a = r.value;
    expect(a.title).toBe('Harbour towns sign a ferry pact');
    expect(a.sentences[0]?.text).toBe('The two harbour boards signed the pact on Monday.');
  });

  it('reads a section after a leading date prefix as chrome, and a clock line as chrome', () => {
    const r = parseArticle('p.txt', ' date 2031-03-03 World\n\n00:00:00 UTC\n\nHarbour towns sign a ferry pact\n\nThe boards signed it on Monday.');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Harbour towns sign a ferry pact');
    expect(r.value.published).toBe('2031-03-03');
    expect(r.value.sentences.map((s) => s.text)).toEqual(['The boards signed it on Monday.']);
  });

  it('reads a reader-funding appeal above the headline as chrome, its dates included', () => {
    const page = [
      'Support The Harbour Gazette!', 'Enjoying ad-free content?',
      'Since May 1, 2031, we have switched off all ads to improve your reading experience.',
      'Your support helps us keep going.', 'Support us', '',
      'Harbour Towns Sign a Ferry Pact, Plan Second Line', '', 'The two harbour boards signed the pact on Monday.',
    ].join('\n');
    const r = parseArticle('appeal.txt', page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Harbour Towns Sign a Ferry Pact, Plan Second Line');
    expect(r.value.published).toBeNull();
    expect(r.value.sentences.map((s) => s.text)).toEqual(['The two harbour boards signed the pact on Monday.']);
  });

  it('reads a "Published" line below the standfirst, with or without a space after the comma', () => {
    for (const published of ['Published May 16,2031', 'Published May 16, 2031']) {
      const r = parseArticle('late.txt', `Harbour towns sign a ferry pact\n\nThe towns agreed a ferry line.\n\nHarbour Wire NEWS\n${published}\n\nThe boards signed it on Thursday.`);
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.published).toBe('2031-05-16');
      expect(r.value.sentences.map((x) => x.text)).not.toContain(published);
    }
    const prose = parseArticle('prose.txt', 'Ferry pact\n\nThe towns agreed a ferry line.\n\nPublished reports on May 16, 2031 said the line was late.');
    if (!prose.ok) throw new Error(prose.error.message);
    expect(prose.value.sentences).toHaveLength(2);
  });

  it('takes a short unpunctuated line after a leading date for the headline, and a long one for the lead', () => {
    const short = parseArticle('h.txt', ' date 2031-03-03 Harbour towns sign a ferry pact - as it happened\n\nThe boards signed it on Monday.');
    if (!short.ok) throw new Error(short.error.message);
    expect(short.value.title).toBe('Harbour towns sign a ferry pact - as it happened');
    expect(short.value.sentences.map((x) => x.text)).toEqual(['The boards signed it on Monday.']);
    const lead = ' date 2031-03-03 The two harbour boards signed a ferry pact on Monday after a year of talks over routes and fares and a late row over berths';
    const long = parseArticle('l.txt', `${lead}\n\nThe line opens in May.`);
    if (!long.ok) throw new Error(long.error.message);
    expect(long.value.sentences).toHaveLength(2);
  });

  it('reads a finance portal’s market clock and ticker above the headline as chrome', () => {
    const page = [
      'Oslo markets close in 12 minutes', '  • Harbour Index', '', '    +16.20 (+0.48%)', '  • Fjord 100', '', '    -5.63 (-0.07%)', '',
      'Harbour towns sign a ferry pact', '', 'The two harbour boards signed the pact on Monday.',
    ].join('\n');
    const r = parseArticle('ticker.txt', page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.title).toBe('Harbour towns sign a ferry pact');
    expect(r.value.sentences.map((x) => x.text)).toEqual(['The two harbour boards signed the pact on Monday.']);
  });

  it('reads "PUBLISHED :" and "UPDATED :" lines below a standfirst as the header, keeping the first date', () => {
    const page = 'Ferry pact signed\n\nThe deal runs for ten years.\n\nPUBLISHED : Tuesday, 20 May, 2031, 11:29pm\nUPDATED : Wednesday, 21 May, 2031, 6:00pm\n\nThe boards signed it today.';
    const r = parseArticle('pub.txt', page);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.published).toBe('2031-05-20');
    expect(r.value.sentences.map((x) => x.text)).toEqual(['The deal runs for ten years.', 'The boards signed it today.']);
  });

  it('takes the day of a yearless dateline on the first paragraph, not a full date the lead looks back on', () => {
    const r = parseArticle('first.txt', 'Harbour board votes again\n\nLISBON, March 3. /LUSA/. The board met on Tuesday. Its last vote was on January 20, 2031.');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.published).toBe('2031-03-03');
  });

  it('reads navigation after a leading date prefix as chrome, and a two-city dateline as a dateline', () => {
    const nav = parseArticle('nav.txt', ' date 2031-03-03 Back to Main page\nHarbour towns sign a ferry pact\n\nThe boards signed it on Monday.');
    if (!nav.ok) throw new Error(nav.error.message);
    expect(nav.value.title).toBe('Harbour towns sign a ferry pact');
    const both = parseArticle('both.txt', ' date 2031-03-03 OSLO/HELSINKI, March 3. /NTB/. The two premiers held a video call on Monday.');
    if (!both.ok) throw new Error(both.error.message);
    expect(both.value.sentences.map((x) => x.text)).toEqual(['The two premiers held a video call on Monday.']);
  });

  it('keeps a headline or lead that quotes "we" to "you", and support as news', () => {
    const quoted = parseArticle('q.txt', 'Support for ferry pact grows\n\n"We will serve you better," the harbour board told passengers on Monday.');
    if (!quoted.ok) throw new Error(quoted.error.message);
    expect(quoted.value.title).toBe('Support for ferry pact grows');
    expect(quoted.value.sentences).toHaveLength(1);
  });

  it('leaves the story undated when the dateline day would come before a date it names, or none is named', () => {
    expect(parse('LISBON, March 3. /LUSA/. The board met on Tuesday. The line opens on June 1, 2031.').published).toBeNull();
    expect(parse('LISBON, March 3. /LUSA/. The board met on Tuesday.').published).toBeNull();
  });
});
