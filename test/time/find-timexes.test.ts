import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IsoDate, Timex } from '../../src/domain.js';
import { findTimexes } from '../../src/time/find-timexes.js';

// A Wednesday, so weekday tests can look both ways; mid-March, so year-less months can point either way.
const DCT = '2022-03-16' as IsoDate;

type Row = readonly [sentence: string, expected: readonly (readonly [text: string, type: Timex['type'], value: string])[]];

const project = (timexes: readonly Timex[]): (readonly [string, string, string])[] => timexes.map((t) => [t.text, t.type, t.value]);

describe('findTimexes: absolute dates in their written forms', () => {
  it.each<Row>([
    ['The treaty was signed on 4 February 2022 in the capital.', [['4 February 2022', 'DATE', '2022-02-04']]],
    ['The treaty was signed on February 4th, 2022, officials said.', [['February 4th, 2022', 'DATE', '2022-02-04']]],
    ['The pact dates from Sept. 9, 2019.', [['Sept. 9, 2019', 'DATE', '2019-09-09']]],
    ['The filing is dated 2021-10-05.', [['2021-10-05', 'DATE', '2021-10-05']]],
    ['The ministers spoke on the 3rd of January 2020.', [['3rd of January 2020', 'DATE', '2020-01-03']]],
    ['The port reopened in August 2019 after repairs.', [['August 2019', 'DATE', '2019-08']]],
    ['The law took effect in early 2021.', [['early 2021', 'DATE', '2021']]],
    ['Exports slowed in mid-2020.', [['mid-2020', 'DATE', '2020']]],
    ['Tariffs rose in the 1990s and again in the 2010s.', [['the 1990s', 'DATE', '199'], ['the 2010s', 'DATE', '201']]],
    ['Both empires declined in the 19th century.', [['the 19th century', 'DATE', '18']]],
    ['Output fell in the third quarter of 2021.', [['the third quarter of 2021', 'DATE', '2021-Q3']]],
    ['Output recovered in Q4 2020.', [['Q4 2020', 'DATE', '2020-Q4']]],
    ['Talks stalled in the summer of 2018.', [['summer of 2018', 'DATE', '2018-SU']]],
    ['The dam was finished on 12/25/2019 by the contractor.', [['12/25/2019', 'DATE', '2019-12-25']]],
    // Both parts could be the month: only the year is certain.
    ['The memo was dated 04/02/2019.', [['04/02/2019', 'DATE', '2019']]],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: bare years need a year-like context', () => {
  it.each<Row>([
    ['The mayor was first elected in 2009.', [['2009', 'DATE', '2009']]],
    ['He led the agency from 2011 to 2016 and retired in 2017.', [['2011', 'DATE', '2011'], ['2016', 'DATE', '2016'], ['2017', 'DATE', '2017']]],
    ['The bridge opened in 1998 and closed in 2003.', [['1998', 'DATE', '1998'], ['2003', 'DATE', '2003']]],
    ['The 2016 referendum split the country.', [['2016', 'DATE', '2016']]],
    ['The envoy visited the region on March 7-9.', [['March 7', 'DATE', '2022-03-07'], ['9', 'DATE', '2022-03-09']]],
    ['The forum runs from Sept. 5 to 8, 2023.', [['Sept. 5', 'DATE', '2023-09-05'], ['8, 2023', 'DATE', '2023-09-08']]],
    ['The talks were held 20–22 January 2021.', [['20', 'DATE', '2021-01-20'], ['22 January 2021', 'DATE', '2021-01-22']]],
    ['The plan covers 2019-2023.', [['2019', 'DATE', '2019'], ['2023', 'DATE', '2023']]],
    ['The company paid $2014 in fees.', []],
    ['Officials sent 2,000 troops to the border.', []],
    ['About 2014 people attended the rally.', []],
    ['Some 1995 delegates voted for the motion.', []],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: month and day without a year follow the tense', () => {
  it.each<Row>([
    ['The two ministers met in June to discuss grain.', [['June', 'DATE', '2021-06']]],
    ['The two ministers will meet in June to discuss grain.', [['June', 'DATE', '2022-06']]],
    ['The envoy visited the region on November 30.', [['November 30', 'DATE', '2021-11-30']]],
    ['The envoy is expected to visit the region on April 2.', [['April 2', 'DATE', '2022-04-02']]],
    ['Voting in March drew record crowds.', [['March', 'DATE', '2022-03']]],
    ['She wrote about it in May of last year.', [['May of last year', 'DATE', '2021-05']]],
    ['The games open in February next year.', [['February next year', 'DATE', '2023-02']]],
    ['The results came out last October.', [['last October', 'DATE', '2021-10']]],
    ['Theresa May may speak later.', []],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: weekdays resolve by tense around the article date', () => {
  it.each<Row>([
    ['The minister arrived on Monday.', [['Monday', 'DATE', '2022-03-14']]],
    ['The minister said on Friday that talks had ended.', [['Friday', 'DATE', '2022-03-11']]],
    ['The minister will arrive on Friday.', [['Friday', 'DATE', '2022-03-18']]],
    // The DCT's own weekday is the DCT in a past report and in a future one.
    ['The leaders met on Wednesday.', [['Wednesday', 'DATE', '2022-03-16']]],
    ['The leaders will meet on Wednesday.', [['Wednesday', 'DATE', '2022-03-16']]],
    ['On Tuesday, the envoy held talks in the capital.', [['Tuesday', 'DATE', '2022-03-15']]],
    ['Parliament is set to vote next Monday.', [['next Monday', 'DATE', '2022-03-21']]],
    ['The committee met last Wednesday.', [['last Wednesday', 'DATE', '2022-03-09']]],
    ['Shoppers crowded stores on Black Friday.', []],
    ['The office is closed on Sundays.', [['Sundays', 'SET', 'XXXX-WXX-7']]],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: expressions relative to the article date', () => {
  it.each<Row>([
    ['Exports fell last week.', [['last week', 'DATE', '2022-W10']]],
    ['Exports will be reviewed next week.', [['next week', 'DATE', '2022-W12']]],
    ['The index rose this week.', [['this week', 'DATE', '2022-W11']]],
    ['Prices climbed last month.', [['last month', 'DATE', '2022-02']]],
    ['The vote is due next month.', [['next month', 'DATE', '2022-04']]],
    ['Growth slowed last year.', [['last year', 'DATE', '2021']]],
    ['The summit will be held next year.', [['next year', 'DATE', '2023']]],
    ['The plant opened two days ago.', [['two days ago', 'DATE', '2022-03-14']]],
    ['The plant opened three years ago.', [['three years ago', 'DATE', '2019']]],
    ['The deal was announced yesterday.', [['yesterday', 'DATE', '2022-03-15']]],
    ['The deal will be announced tomorrow.', [['tomorrow', 'DATE', '2022-03-17']]],
    ['Today the ministry published the figures.', [['Today', 'DATE', '2022-03-16']]],
    ['The anchor of Russia Today spoke.', []],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: modifiers go into the span and into mod', () => {
  it.each([
    ['The bill passed earlier this month.', 'earlier this month', '2022-03', 'START'],
    ['The plant closed late last year.', 'late last year', '2021', 'END'],
    ['Prices should ease by the end of this year.', 'the end of this year', '2022', 'END'],
    ['The ban lasted nearly two years.', 'nearly two years', 'P2Y', 'EQUAL_OR_LESS'],
    ['The strike ended about eight days after it began.', 'about eight days', 'P8D', 'APPROX'],
    ['Talks ran for more than three hours.', 'more than three hours', 'PT3H', 'MORE_THAN'],
  ] as const)('%s', (sentence, text, value, mod) => {
    const [timex] = findTimexes(sentence, DCT);
    expect(timex).toMatchObject({ text, value, mod });
  });
});

describe('findTimexes: anaphora and parts of days', () => {
  it.each<Row>([
    ['The envoy landed on March 3 and left the following day.', [['March 3', 'DATE', '2022-03-03'], ['the following day', 'DATE', '2022-03-04']]],
    ['The minister arrived on March 3; the previous day, talks had collapsed.', [['March 3', 'DATE', '2022-03-03'], ['the previous day', 'DATE', '2022-03-02']]],
    ['The deputies voted the same day.', [['the same day', 'DATE', '2022-03-XX']]],
    ['The leaders dined on Friday evening.', [['Friday evening', 'TIME', '2022-03-11TEV']]],
    ['The ministry said this morning that it had agreed.', [['this morning', 'TIME', '2022-03-16TMO']]],
    ['The vote is scheduled for 3 p.m. on Thursday.', [['3 p.m.', 'TIME', '2022-03-17T15:00'], ['Thursday', 'DATE', '2022-03-17']]],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: counted offsets, weekends, holidays, quarters', () => {
  it.each<Row>([
    ['Profits were higher a year earlier.', [['a year earlier', 'DATE', '2021']]],
    ['The mine opened on May 3, 2015, and closed two years later.', [['May 3, 2015', 'DATE', '2015-05-03'], ['two years later', 'DATE', '2017']]],
    // Nothing to count from: the stretch of time alone.
    ['A year later, the council reversed itself.', [['A year', 'DURATION', 'P1Y']]],
    ['The ministers met over the weekend.', [['the weekend', 'DATE', '2022-W10-WE']]],
    ['The talks will resume after the weekend.', [['the weekend', 'DATE', '2022-W11-WE']]],
    ['The leaders spoke by phone on Christmas Eve.', [['Christmas Eve', 'DATE', '2021-12-24']]],
    // Russia's Victory Day is 9 May; China's, marking the war against Japan, 3 September.
    ['Veterans marched at the Victory Day parade in Moscow.', [['Victory Day', 'DATE', '2021-05-09']]],
    ['Veterans marched at the Victory Day parade in Beijing.', [['Victory Day', 'DATE', '2021-09-03']]],
    // A quarter that has not begun at the DCT, in a past-tense report, is last year's.
    ['Third-quarter output rose sharply.', [['Third-quarter', 'DATE', '2021-Q3']]],
    ['Third-quarter output will rise.', [['Third-quarter', 'DATE', '2022-Q3']]],
    ['Output fell in the fourth quarter, the agency said.', [['the fourth quarter', 'DATE', '2021-Q4']]],
    ['Prices should ease by the end of the year.', [['the end of the year', 'DATE', '2022']]],
    ['The envoy is currently in the capital.', [['currently', 'DATE', 'PRESENT_REF']]],
    ['The envoy will arrive soon, as soon as the talks end.', [['soon', 'DATE', 'FUTURE_REF']]],
    ['The 1988 second quarter and the 1989 quarter were weak.', [['1988', 'DATE', '1988'], ['1989', 'DATE', '1989']]],
    ['The China Daily newspaper publishes daily reports.', []],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: durations, vague periods and sets', () => {
  it.each<Row>([
    ['She began a three-day tour of the north.', [['three-day', 'DURATION', 'P3D']]],
    ['The leaders talked for four and a half hours.', [['four and a half hours', 'DURATION', 'PT4H30M']]],
    ['He held a 45-minute call with the president.', [['45-minute', 'DURATION', 'PT45M']]],
    ['The siege lasted two weeks.', [['two weeks', 'DURATION', 'P2W']]],
    ['The delegation spent 5 1/2 hours at the port.', [['5 1/2 hours', 'DURATION', 'PT5H30M']]],
    ['The outage lasted half an hour.', [['half an hour', 'DURATION', 'PT30M']]],
    ['The standoff lasted a year and a half.', [['a year and a half', 'DURATION', 'P1Y6M']]],
    ['Inflation has risen over the past two years.', [['the past two years', 'DURATION', 'P2Y']]],
    ['Tensions have grown in the last few days.', [['the last few days', 'DURATION', 'PXD']]],
    ['Days after the vote, protests began.', [['Days', 'DURATION', 'PXD']]],
    ['For months, the two sides traded accusations.', [['months', 'DURATION', 'PXM']]],
    ['Tensions flared in recent weeks.', [['recent weeks', 'DURATION', 'PXW']]],
    ['Ties have deepened in recent years.', [['recent years', 'DATE', 'PAST_REF']]],
    ['Trade will keep growing in the coming years.', [['the coming years', 'DATE', 'FUTURE_REF']]],
    ['Now the region faces a harder winter.', [['Now', 'DATE', 'PRESENT_REF']]],
    ['The factory produces 40,000 cars a year.', [['a year', 'SET', 'P1Y']]],
    ['The forum meets every year in the capital.', [['every year', 'SET', 'P1Y']]],
    ['The report is published annually.', [['annually', 'SET', 'P1Y']]],
    ['The war ended a century ago.', [['a century ago', 'DATE', '1922']]],
    ['The mayor, 35, has met the minister 12 times.', []],
    ['A 35-year-old man and his 8 years old son were hurt.', []],
    ['He won a second term after a quarter of voters abstained.', []],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, DCT))).toEqual(expected);
  });
});

describe('findTimexes: without an article date', () => {
  it.each<Row>([
    ['The minister arrived on Monday.', [['Monday', 'DATE', 'XXXX-WXX-1']]],
    ['Exports fell last week.', [['last week', 'DATE', 'XXXX-WXX']]],
    ['The envoy visited on November 30.', [['November 30', 'DATE', 'XXXX-11-30']]],
    ['The talks were held in June.', [['June', 'DATE', 'XXXX-06']]],
    ['The bridge opened in 1998.', [['1998', 'DATE', '1998']]],
    ['The siege lasted two weeks.', [['two weeks', 'DURATION', 'P2W']]],
  ])('%s', (sentence, expected) => {
    expect(project(findTimexes(sentence, null))).toEqual(expected);
  });
});

describe('findTimexes: calendar edge cases', () => {
  it('takes last week across a year boundary into ISO week 53', () => {
    // 2021-01-05 is in 2021-W01; the week before is 2020-W53.
    expect(findTimexes('Sales fell last week.', '2021-01-05' as IsoDate)[0]?.value).toBe('2020-W53');
  });
  it('takes a past-tense December in a January article from the previous year', () => {
    expect(findTimexes('The ministers met in December.', '2022-01-10' as IsoDate)[0]?.value).toBe('2021-12');
  });
  it('takes a future-tense January in a December article from the next year', () => {
    expect(findTimexes('The ministers will meet in January.', '2021-12-20' as IsoDate)[0]?.value).toBe('2022-01');
  });
  it('accepts February 29 in a leap year and refuses it otherwise', () => {
    expect(findTimexes('The rule took effect on February 29, 2024.', DCT)[0]?.value).toBe('2024-02-29');
    expect(findTimexes('The rule took effect on February 29, 2023.', DCT)).toEqual([]);
  });
  it('puts a Sunday article with "on Monday" (past) six days back', () => {
    expect(findTimexes('The talks began on Monday.', '2022-03-20' as IsoDate)[0]?.value).toBe('2022-03-14');
  });
});

describe('findTimexes: robustness', () => {
  it('returns sorted, non-overlapping spans whose text matches the input, and never throws', () => {
    const alphabet = fc.constantFrom(...'0123456789 ,.-/$:;()\'"aAdeilmnorstuwyJFMSOND'.split(''), ' May ', ' 2021 ', ' last week ', ' Monday ', ' two days ago ', ' the same day ', ' in June ', ' a year ', ' 3 p.m. ', ' early ');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), fc.option(fc.constantFrom('2021-12-15', '2020-02-29', '2021-01-01'), { nil: null }), (text, dct) => {
      const timexes = findTimexes(text, dct as IsoDate | null);
      let end = 0;
      for (const t of timexes) {
        expect(t.offset).toBeGreaterThanOrEqual(end);
        expect(text.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
        expect(t.text.length).toBeGreaterThan(0);
        end = t.offset + t.text.length;
      }
    }), { numRuns: 400 });
  });

  it('handles a 10,000-character input quickly', () => {
    const text = 'On Monday the minister said that in June 2021, nearly two years after 2019, the 2,000 troops left. '.repeat(100);
    findTimexes(text, DCT);
    const start = performance.now();
    const timexes = findTimexes(text, DCT);
    const ms = performance.now() - start;
    expect(timexes.length).toBeGreaterThan(300);
    // Generous bound: CI machines are slow and shared; catastrophic backtracking would take seconds.
    expect(ms).toBeLessThan(200);
  });

  it('survives pathological repetition without catastrophic backtracking', () => {
    const text = `${'the '.repeat(2000)}${'1'.repeat(3000)} ${'a few '.repeat(500)}`;
    const start = performance.now();
    findTimexes(text, DCT);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
