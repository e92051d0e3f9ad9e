import { describe, expect, it } from 'vitest';
import { extractEvents, toEventDate } from '../../src/events/extract-events.js';
import type { SentenceTimex } from '../../src/events/extract-events.js';
import { makeArticle, timex } from '../fixtures/events/make-article.js';

/** One-sentence article with its timexes given as [text, value] pairs. */
function extractOne(sentence: string, dates: ReadonlyArray<readonly [string, string, ('DATE' | 'DURATION' | 'TIME')?]>, published = '2030-05-15') {
  // Two filler sentences first, so the sentence is not the lead (whose undated news takes the article date).
  const article = makeArticle('a.txt', published, ['Officials gave no further comment.', 'Markets were calm.', sentence]);
  const timexes: SentenceTimex[] = dates.map(([text, value, type]) => timex(article, 2, text, value, type ?? 'DATE'));
  return extractEvents(article, timexes);
}

describe('toEventDate', () => {
  it.each([
    ['2030-05-13', '2030-05-13', 'day'],
    ['2030-05-13TEV', '2030-05-13', 'day'],
    ['2030-W19', '2030-W19', 'week'],
    ['2030-05', '2030-05', 'month'],
    ['2030-05-XX', '2030-05', 'month'],
    ['2030', '2030', 'year'],
  ])('reads %s as %s (%s)', (value, date, precision) => {
    expect(toEventDate(value)).toEqual({ date, precision });
  });

  it.each(['P2Y', 'PXD', 'PAST_REF', 'PRESENT_REF', '20'])('gives no event date for %s', (value) => {
    expect(toEventDate(value)).toBeNull();
  });
});

describe('extractEvents', () => {
  it.each([
    ['Xi met Putin in Moscow on Monday.', 'Monday', '2030-05-13', 'meet'],
    ['Putin held phone talks with Xi on Monday.', 'Monday', '2030-05-13', 'call'],
    ['Xi and Putin signed a trade agreement on Monday.', 'Monday', '2030-05-13', 'sign'],
    ['Putin will visit China next month.', 'next month', '2030-06', 'visit'],
    ['Xi attended the opening ceremony of the Games on Monday.', 'Monday', '2030-05-13', 'ceremony'],
    ['Xi attended the Games on Monday.', 'Monday', '2030-05-13', 'attend'],
    ['The court issued an arrest warrant for the general on Monday.', 'Monday', '2030-05-13', 'warrant'],
    ['Premier Ivo Kask was re-elected on Monday.', 'Monday', '2030-05-13', 'elect'],
  ])('finds the action and date in %j', (sentence, text, value, action) => {
    const [mention, ...rest] = extractOne(sentence, [[text, value]]);
    expect(rest).toHaveLength(0);
    expect(mention?.date).toBe(value);
    expect(mention?.action).toBe(action);
  });

  it('normalises participants and marks the place', () => {
    const [m] = extractOne('The Chinese president met his Russian counterpart in Moscow on Monday.', [['Monday', '2030-05-13']]);
    expect([...(m?.participants ?? [])].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
    expect(m?.place).toBe('Moscow');
    expect(m?.title).toContain('Moscow');
  });

  it('dates the action, not the background "since" year', () => {
    const mentions = extractOne('Xi, who has not travelled since 2028, met Putin in Beijing on Monday.', [['2028', '2028'], ['Monday', '2030-05-13']]);
    expect(mentions.map((m) => m.date)).toEqual(['2030-05-13']);
  });

  it('dates a plan "scheduled for" a day, while "for" alone still only bounds a state', () => {
    expect(extractOne('Xi will meet Putin at the summit in Kazan scheduled for June 3.', [['June 3', '2030-06-03']]).map((m) => m.date)).toEqual(['2030-06-03']);
    expect(extractOne('Xi and Putin agreed to extend the treaty for 2031.', [['2031', '2031']])).toEqual([]);
  });

  it('dates a lead that opens on its own occasion ("In a bilateral meeting, X said") by the article, with the speaker in it', () => {
    const article = makeArticle('scene.txt', '2030-05-15', ['In a bilateral meeting, Putin praised the new rail link.', 'Trade grew.']);
    const [m, ...rest] = extractEvents(article, []);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ date: '2030-05-15', action: 'meet', participants: ['Vladimir Putin'] });
    const reaction = makeArticle('reaction.txt', '2030-05-15', ['Xi and Putin ended their summit.', 'Officials on both sides welcomed the outcome.']);
    expect(extractEvents(reaction, []).map((x) => x.quote)).not.toContain('Officials on both sides welcomed the outcome.');
  });

  it('gives a year of a thing made or founded ("an escort created by Putin in 2028") to it, not to the deed around it', () => {
    expect(extractOne('Xi was met in the Kremlin by an honour guard created by Putin in 2028, officials said.', [['2028', '2028']])).toEqual([]);
    const signed = extractOne('Xi and Putin praised the treaty signed in 2028 by their predecessors.', [['2028', '2028']]);
    expect(signed.map((m) => [m.date, m.action])).toEqual([['2028', 'sign']]);
    const founded = extractOne('The treaty was signed in 2028 by Xi and Putin.', [['2028', '2028']]);
    expect(founded.map((m) => m.date)).toEqual(['2028']);
  });

  it('does not lend the people of the main clause to a thing made with no doer named ("the pact signed in March 2028")', () => {
    const pact = extractOne('Speaking by video link with Xi, Putin said the pact signed in March 2028 in Minsk had served both nations well.',
      [['March 2028', '2028-03']]);
    expect(pact.map((m) => [m.date, m.action, m.participants])).toEqual([['2028-03', 'sign', []]]);
    const praised = extractOne('Xi and Putin praised the treaty signed in 2028 by their predecessors.', [['2028', '2028']]);
    expect(praised.map((m) => m.participants)).toEqual([[]]);
  });

  it('titles a passive deed by its agent: "were welcomed by Putin" is Putin hosting them', () => {
    const [m] = extractOne('Xi and his wife Lena Marsh were welcomed by Putin at the Kremlin on Monday.', [['Monday', '2030-05-13']]);
    expect(m?.title).toMatch(/^Vladimir Putin hosts Xi Jinping and Lena Marsh/);
    const [active] = extractOne('Xi welcomed Putin at the Great Hall on Monday.', [['Monday', '2030-05-13']]);
    expect(active?.title).toMatch(/^Xi Jinping hosts Vladimir Putin/);
  });

  it('reads "during Monday’s call" as the call, dated that Monday', () => {
    const [m] = extractOne('During Monday’s call, Putin congratulated Xi on his birthday.', [['Monday', '2030-05-13']]);
    expect(m).toMatchObject({ date: '2030-05-13', action: 'call' });
    expect(extractOne('Putin repeated the call for talks on Monday.', [['Monday', '2030-05-13']]).map((x) => x.action)).not.toContain('call');
  });

  it('keeps the leaders who sign as the subject: "The two leaders signed in Moscow on Monday" is no modifier', () => {
    const article = makeArticle('two.txt', '2030-05-15', ['No comment.', 'Xi Jinping welcomed Vladimir Putin to Beijing.', 'The two leaders signed in Moscow on Monday a raft of deals.']);
    const mentions = extractEvents(article, [timex(article, 2, 'Monday', '2030-05-13')]);
    expect(mentions.find((m) => m.sentenceIndex === 2)?.participants).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('dates a lead that reports a deed done ("attended", "toured", "awarded") by the article', () => {
    for (const verb of ['attended the ceremony for', 'toured an exhibition with', 'awarded a medal to']) {
      const article = makeArticle('lead.txt', '2030-05-15', [`Vladimir Putin ${verb} President Xi Jinping in Kazan.`, 'Trade grew.']);
      expect(extractEvents(article, []).map((m) => m.date)).toEqual(['2030-05-15']);
    }
  });

  it('gives a person named as another deed’s argument to that deed, and an attribution only its speaker', () => {
    const mentions = extractOne(
      'The visit of Foreign Minister Lena Marsh to Russia on Monday is an important step in the preparations for the upcoming official visit of President Xi Jinping to Russia, President Vladimir Putin said on Monday.',
      [['Monday is', '2030-05-13'], ['Monday.', '2030-05-13']],
    );
    const visit = mentions.find((m) => m.action === 'visit');
    expect(visit?.participants).not.toContain('Xi Jinping');
    expect(mentions.find((m) => m.action === 'statement')?.participants).toEqual(['Vladimir Putin']);
  });

  it('keeps a sentence with only a duration out', () => {
    expect(extractOne('Xi and Putin met for two hours.', [['two hours', 'PT2H', 'DURATION']])).toEqual([]);
  });

  it('ignores a sentence with a date but no action', () => {
    expect(extractOne('Trade grew strongly in 2029.', [['2029', '2029']])).toEqual([]);
  });

  it('gives a three-day visit its last day', () => {
    const [m] = extractOne('Xi began a three-day state visit to Russia on Monday.', [['Monday', '2030-05-13']]);
    expect(m).toMatchObject({ date: '2030-05-13', endDate: '2030-05-15', action: 'visit', place: 'Russia' });
  });

  it('adds the host when a principal visits the other principal’s country', () => {
    const [m] = extractOne('Xi began a state visit to Russia on Monday.', [['Monday', '2030-05-13']]);
    expect(m?.participants).toContain('Vladimir Putin');
  });

  it('splits two dated actions in one sentence', () => {
    const mentions = extractOne('Putin met Xi on Monday before he flew to Delhi and visited India on Wednesday.', [['Monday', '2030-05-13'], ['Wednesday', '2030-05-15']]);
    expect(mentions.map((m) => [m.date, m.action])).toEqual([['2030-05-13', 'meet'], ['2030-05-15', 'visit']]);
  });

  it('keeps an official’s statement and drops an expert’s comment', () => {
    const official = extractOne('Foreign Ministry spokesman Tomas Brand said on Monday the talks went well.', [['Monday', '2030-05-13']]);
    const expert = extractOne('Kim Dahl, a professor at a university, told reporters on Monday the talks went well.', [['Monday', '2030-05-13']]);
    expect(official.map((m) => m.participants)).toEqual([['Tomas Brand']]);
    expect(expert).toEqual([]);
  });

  it('dates the lead’s undated news by the article date', () => {
    const article = makeArticle('lead.txt', '2030-05-15', ['Vladimir Putin has accepted an invitation from Xi Jinping to visit Beijing.', 'More follows.']);
    const [m] = extractEvents(article, []);
    expect(m).toMatchObject({ date: '2030-05-15', precision: 'day', action: 'accept' });
  });

  it('dates a lead’s deed under way ("is visiting") by the article date, not a plan ("is going to visit")', () => {
    const lead = 'Xi is visiting the Russian port city of Vladivostok, where a regional trade forum is taking place.';
    const [m, ...rest] = extractEvents(makeArticle('now.txt', '2030-05-15', [lead, 'More follows.']), []);
    expect(rest).toHaveLength(0);
    expect([m?.date, m?.action, m?.place, [...(m?.participants ?? [])].sort()]).toEqual(['2030-05-15', 'visit', 'Vladivostok', ['Vladimir Putin', 'Xi Jinping']]);
    expect(extractEvents(makeArticle('plan.txt', '2030-05-15', ['Xi is going to visit Vladivostok.', 'More follows.']), [])).toEqual([]);
  });

  it('reads the lead’s "they" as the people of the headline, plural "meetings" as an encounter, and an amid-phrase as its time and place', () => {
    const lead = 'Now they will be holding meetings amid the yearly session of the regional bloc on Wednesday and Thursday in the Kazakh capital of Astana.';
    const article = { ...makeArticle('amid.txt', '2030-05-16', ['Wire staff', lead, 'More follows.']), title: 'Putin, Xi meet at regional summit' };
    const mentions = extractEvents(article, [timex(article, 1, 'Wednesday', '2030-05-15'), timex(article, 1, 'Thursday', '2030-05-16')]);
    expect(mentions.map((m) => [m.date, m.endDate, m.action, [...m.participants].sort(), m.place])).toEqual([
      ['2030-05-15', '2030-05-16', 'meet', ['Vladimir Putin', 'Xi Jinping'], 'Astana'],
    ]);
  });

  it('dates a statement about an event, not the event it names', () => {
    const [m] = extractOne('European Commission President Ursula von der Leyen criticised the visit on Thursday.', [['Thursday', '2030-05-16']]);
    expect(m).toMatchObject({ action: 'statement', participants: ['Ursula von der Leyen'] });
    expect(m?.title).toBe('Ursula von der Leyen criticises the visit');
  });

  it('reads "the two leaders" in a later sentence as both principals', () => {
    const article = makeArticle('two.txt', '2030-05-15', ['Markets were calm.', 'Xi hosted Putin in Beijing on Monday.', 'The two leaders last met in October in Kazan.']);
    const mentions = extractEvents(article, [timex(article, 1, 'Monday', '2030-05-13'), timex(article, 2, 'October', '2029-10')]);
    expect(mentions.map((m) => [m.date, [...m.participants].sort(), m.place])).toEqual([
      ['2030-05-13', ['Vladimir Putin', 'Xi Jinping'], 'Beijing'],
      ['2029-10', ['Vladimir Putin', 'Xi Jinping'], 'Kazan'],
    ]);
  });

  it('cites the article and the exact sentence', () => {
    const [m] = extractOne('Xi met Putin in Moscow on Monday.', [['Monday', '2030-05-13']]);
    expect(m?.citation).toEqual({ article: 'a.txt', title: 'Title of a.txt', outlet: 'Test Wire', published: '2030-05-15', quote: 'Xi met Putin in Moscow on Monday.' });
  });
});

describe('the lead past captions and menu words', () => {
  it('dates the undated news of the first prose sentence with the article date', () => {
    const article = makeArticle('l.txt', '2030-05-15', [
      'World Today',
      'Xi Jinping shakes hands with Vladimir Putin in Beijing, Wednesday May 15, 2030.',
      'Chinese President Xi Jinping has met with Russian President Vladimir Putin.',
    ]);
    const mentions = extractEvents(article, [timex(article, 1, 'Wednesday May 15, 2030', '2030-05-15')]);
    expect(mentions.some((m) => m.sentenceIndex === 2 && m.date === '2030-05-15' && m.participants.length === 2)).toBe(true);
  });

  it.each([
    ['Russia and China signed a border treaty, days before troops crossed the border in March 2029.', 'March 2029', '2029-03', 'sign'],
    ['Shortly after the border reopened in 2029, Moscow and Beijing declared a new partnership.', '2029', '2029', 'announce'],
  ])('dates %j by the clause it is days before or after, and reads the two countries as their leaders', (sentence, text, value, action) => {
    const [m, ...rest] = extractOne(sentence, [[text, value]]);
    expect(rest).toHaveLength(0);
    expect([m?.date, m?.action]).toEqual([value, action]);
    expect([...(m?.participants ?? [])].sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('does not date a deed weeks away by that clause, nor make the two countries’ armies their leaders', () => {
    expect(extractOne('Russia and China signed a border treaty, weeks before troops crossed the border in March 2029.', [['March 2029', '2029-03']])).toEqual([]);
    const drills = extractOne('China and Russia held naval drills on Monday.', [['Monday', '2030-05-13']]);
    expect(drills.flatMap((m) => m.participants)).toEqual([]);
  });

  it('gives "most recently in May" to the tally just before it, not to the clause that began the sentence', () => {
    const [m, ...rest] = extractOne('Ana Lutz has visited Lima twice, while Putin has flown to Hanoi five times, most recently in May.', [['May', '2030-05']]);
    expect(rest).toHaveLength(0);
    expect([m?.action, m?.place, m?.participants]).toEqual(['visit', 'Hanoi', ['Vladimir Putin']]);
  });

  it('reads "in what state TV called the largest parade" as the parade, not as a statement', () => {
    const [m, ...rest] = extractOne('On Monday, troops filled the square in what state TV called the largest military parade in decades.', [['Monday', '2030-05-13']]);
    expect(rest).toHaveLength(0);
    expect(m?.action).toBe('ceremony');
  });

  it('reads a presentation as a ceremony', () => {
    expect(extractOne('Putin presented Xi with a state award on Monday.', [['Monday', '2030-05-13']])[0]).toMatchObject({ action: 'ceremony', date: '2030-05-13' });
  });
});
