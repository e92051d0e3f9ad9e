import { describe, expect, it } from 'vitest';
import { askedFor, gives, qualifies } from '../../src/engine/asked-for.js';
import { askingCorpus } from '../fakes/text-corpus.js';

// Invented reports: a trade figure told beside a call, and an anniversary named with its ordinal.
const { askData } = askingCorpus({
  'trade.txt': [
    'date 2031-01-13',
    'Title: Ruritania-Borduria trade hits record',
    '',
    'Ruritania-Borduria trade grew 4.1% in 2030 from a year earlier, customs data showed.',
    '',
    'Ruritania and Borduria held a phone call on trade in 2030, officials said.',
    '',
    'The value of Ruritania’s imports and exports with Borduria reached 310 billion crowns in 2030, a record high.',
  ].join('\n'),
  'anniversary.txt': [
    'date 2031-10-05',
    'Title: Leaders exchange messages',
    '',
    'Xi Jinping and Vladimir Putin exchanged messages on Friday.',
    '',
    'Xi said the two countries would mark the 82nd anniversary of their ties as an opportunity for closer work.',
  ].join('\n'),
});

describe('"how much" questions', () => {
  it('ask for an amount, or for a share when they ask how much something changed', () => {
    expect(askedFor('How much was trade in 2030?')?.kind).toBe('amount');
    expect(askedFor('How much did trade grow in 2030?')?.kind).toBe('change');
    const amount = askedFor('How much gas was sold?');
    expect(amount && gives(amount, 'Sales reached 38 billion cubic metres.')).toBe(true);
    expect(amount && gives(amount, 'Sales grew 3% in 2030.')).toBe(false);
  });

  it('are answered by the sentence stating the figure, not by an event', () => {
    expect(askData('How much was Ruritania-Borduria trade in 2030?').answer).toMatch(/310 billion crowns/);
    expect(askData('How much did Ruritania-Borduria trade grow in 2030?').answer).toMatch(/4\.1%/);
  });
});

describe('"which <noun>" questions', () => {
  it('take an ordinal or a name before the noun as saying which', () => {
    const asked = askedFor('Which anniversary did they mark?');
    expect(asked && qualifies(asked, 'They marked the 82nd anniversary of ties.')).toBe(true);
    expect(asked && qualifies(asked, 'They received the Friendship Anniversary award.')).toBe(true);
    expect(asked && qualifies(asked, 'They marked the anniversary of ties.')).toBe(false);
  });

  it('are answered by the sentence saying which, with half the topic', () => {
    expect(askData('Which anniversary did they celebrate in 2031?').answer).toMatch(/82nd anniversary/);
  });
});
