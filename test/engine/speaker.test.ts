import { describe, expect, it } from 'vitest';
import { askedSpeakers, speakerAt, speakerOf, voicedBy } from '../../src/engine/speaker.js';

describe('speakerOf', () => {
  it.each([
    ['Vladimir Putin may visit Lima next month, Kremlin spokesman Dmitry Peskov told reporters on Tuesday.', 'Dmitry Peskov'],
    ['In a letter to Xi Jinping, Putin said the partnership had weathered every storm.', 'Vladimir Putin'],
    ['Xi said he was ready to work with Putin on river shipping.', 'Xi Jinping'],
    ['"We will build the bridge," said Chinese Foreign Minister Wang Yi.', 'Wang Yi'],
    ['Putin also noted that the talks were useful.', 'Vladimir Putin'],
  ])('%s → %s', (text, name) => {
    expect(speakerOf(text)).toEqual({ kind: 'person', name });
  });

  it('reads "saying that President X …" as what was said, not who said it', () => {
    expect(speakerOf('I will end by saying that President Putin looks forward to the trip, he noted.')).toEqual({ kind: 'pronoun' });
  });

  it('knows the two leaders speaking together', () => {
    expect(speakerOf('The two leaders agreed to open a new rail line.')).toEqual({ kind: 'group' });
  });
});

describe('speakerAt', () => {
  const texts = [
    'Ambassador Ivan Orlov told a news conference that Putin will come in the autumn.',
    'Putin likes such visits.',
    '"It is a good tradition," he noted.',
  ];
  it('resolves "he noted" to the last named speaker before it, not to the last person named', () => {
    expect(speakerAt(texts, 2)).toEqual({ kind: 'person', name: 'Ivan Orlov' });
  });

  it('gives no speaker to a sentence that reports nothing said', () => {
    expect(speakerAt(texts, 1)).toBeNull();
  });
});

describe('askedSpeakers and voicedBy', () => {
  const both = ['Vladimir Putin', 'Xi Jinping'];
  it('takes the people before the question\'s speech verb as the speakers asked about', () => {
    expect(askedSpeakers('What did Putin write to Xi for the anniversary?', both)).toEqual(['Vladimir Putin']);
    expect(askedSpeakers('what did xi and Putin say about rail?', ['Xi Jinping', 'Vladimir Putin'])).toEqual(['Xi Jinping', 'Vladimir Putin']);
  });

  it('counts a stance both sides take, whoever reports it', () => {
    expect(voicedBy(['Aide Pavel Sokolov said: "Both sides firmly reject the tariffs."'], 0, both)).toBe(true);
    expect(voicedBy(['Aide Pavel Sokolov said the weather was fine.'], 0, both)).toBe(false);
  });
});
