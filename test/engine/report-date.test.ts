import { describe, expect, it } from 'vitest';
import { asksWhenReported, withoutReportingVerb } from '../../src/engine/report-date.js';
import { askingCorpus } from '../fakes/text-corpus.js';

describe('asksWhenReported', () => {
  it.each([
    ['When did the statistics office publish the 2023 wheat harvest figure?', true],
    ['When was the 2023 export total released?', true],
    ['When did the ministry announce the record?', true],
    ['When did Xi and Putin meet in 2023?', false],
    ['Who published the 2023 figure?', false],
  ])('%s → %s', (question, expected) => {
    expect(asksWhenReported(question)).toBe(expected);
  });

  it('drops the reporting verb, which no report need repeat', () => {
    expect(withoutReportingVerb('When did customs publish the 2023 figure?')).toBe('When did customs   the 2023 figure?');
  });
});

const HARVEST = (prefix: string): string => [
  `${prefix}Title: Wheat harvest hits a record`,
  '',
  'Freedonia’s wheat harvest reached 41 million tonnes in 2023, a record, the statistics office said on Tuesday.',
  '',
  'The harvest grew 3% in 2023 from 2022, according to the office.',
  '',
].join('\n');

describe('GIVEN a dated report of a figure about an earlier year', () => {
  const { askData } = askingCorpus({ 'harvest.txt': HARVEST('date 2024-01-18\n') });

  it('THEN "when did they publish the 2023 figure" is the day the report gives its verb, not 2023', () => {
    const data = askData('When did the statistics office publish the record 2023 wheat harvest figure?');
    expect(data.date).toBe('2024-01-16');
  });
});

describe('GIVEN a dated report that gives a figure in the present tense', () => {
  const { askData } = askingCorpus({
    'exports.txt': [
      'date 2024-02-07',
      'Title: Timber exports at a record',
      '',
      'Sylvania’s timber exports reached $9 billion in 2023, a record, customs figures show.',
      '',
    ].join('\n'),
  });

  it('THEN the figure was published on the article’s day', () => {
    expect(askData('When did customs release the 2023 timber export figure?').date).toBe('2024-02-07');
  });
});

describe('GIVEN the same report with no date of its own', () => {
  const { askData } = askingCorpus({ 'harvest.txt': HARVEST('') });

  it('THEN the answer says the report is undated, and gives no date rather than the figure’s year', () => {
    const data = askData('When did the statistics office publish the record 2023 wheat harvest figure?');
    expect(data.date).toBeUndefined();
    expect(data.answer).toMatch(/^The report does not say when it was published\./);
  });
});

describe('GIVEN a dated report whose one day stands before the verb of the announcement', () => {
  const { askData } = askingCorpus({
    'pact.txt': [
      'date 2031-07-01',
      'Title: Ferry pact extended',
      '',
      'The mayors of Harbour and Fjordby on Monday hailed their towns’ ties and announced the extension of the ferry pact.',
      '',
    ].join('\n'),
  });

  it('THEN "when did they announce the extension" is that day, not the article’s', () => {
    expect(askData('When did the mayors announce the extension of the ferry pact?').date).toBe('2031-06-30');
  });
});
