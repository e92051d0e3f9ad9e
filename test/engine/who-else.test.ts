import { describe, expect, it } from 'vitest';
import { namesInSentence } from '../../src/engine/who-else.js';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: Putin receives a diplomat named after a descriptor the reader of people does not know as a title.
const { askData } = askingCorpus({
  'envoy.txt': [
    'date 2031-03-12',
    'Title: Putin receives visiting envoy',
    '',
    'Russian President Vladimir Putin on Wednesday met Ruritania’s veteran go-between Tomas Varga in Moscow, after the United States warned against closer ties.',
  ].join('\n'),
  'talks.txt': [
    'date 2031-05-20',
    'Title: Xi and Putin hold talks',
    '',
    'Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Tuesday.',
  ].join('\n'),
});

describe('who took part besides the person asked about', () => {
  it('names the other participant, never the person asked about', () => {
    expect(askData('Who met Putin in May 2031?').answer).toMatch(/^Xi Jinping —/);
    expect(askData('Who did Xi meet in May 2031?').answer).toMatch(/^Vladimir Putin —/);
  });

  it('reads the names of the source when the event lists no one else', () => {
    expect(askData('Who met Putin in Moscow in March 2031?').answer).toMatch(/^Tomas Varga — Vladimir Putin holds/);
  });

  it('takes no place, building or weekday for a person', () => {
    const text = 'Putin met Tomas Varga at the Grand Palace of Congresses in New York on Monday.';
    expect(namesInSentence(text, ['Vladimir Putin'])).toEqual(['Tomas Varga']);
  });
});
