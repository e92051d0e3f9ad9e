import { describe, expect, it } from 'vitest';
import { askedFor, gives } from '../../src/engine/asked-for.js';
import { askingCorpus } from '../fakes/text-corpus.js';

const { askData } = askingCorpus({
  'gift.txt': [
    'date 2013-08-11',
    'Title: A gift of jam',
    '',
    'Vladimir Putin gave Xi Jinping a jar of jam on Saturday at their talks in Minsk.',
    '',
    'The colour of the jar was not mentioned.',
    '',
    'The two leaders signed 12 agreements at the talks.',
    '',
  ].join('\n'),
});

describe('askedFor', () => {
  it.each([
    ['What flavour of jam did he give?', 'attribute', 'flavour'],
    ['Which ministers attended?', 'attribute', 'ministers'],
    ['How many people attended?', 'count', 'people'],
  ])('%s asks for %s %s', (question, kind, word) => {
    expect(askedFor(question)).toMatchObject({ kind, word });
  });

  it.each(['What did Putin say?', 'How many times have they met?', 'Which South Korean leader came?'])('%s asks for nothing more', (question) => {
    expect(askedFor(question)).toBeNull();
  });

  it('asks "how long" for a length of time', () => {
    const asked = askedFor('How long did the call last?');
    expect(asked?.kind).toBe('duration');
    expect(asked && gives(asked, 'The talks lasted two hours.')).toBe(true);
    expect(asked && gives(asked, 'The hour-long call covered trade.')).toBe(true);
    expect(asked && gives(asked, 'They spoke on Monday, their 12th call.')).toBe(false);
  });

  it('counts only a number next to the counted noun, never a year', () => {
    const asked = askedFor('How many deals were signed?');
    expect(asked && gives(asked, 'They signed more than 30 deals.')).toBe(true);
    expect(asked && gives(asked, 'The 2014 deals were large.')).toBe(false);
  });
});

describe('questions whose answer must give what they ask for', () => {
  it('say they do not know, quoting a source that says it is not known', () => {
    const data = askData('What colour of jar did Putin give Xi?');
    expect(data.answer).toMatch(/^I don't know: .* says “The colour of the jar was not mentioned.”/);
  });

  it('say they do not know when no answer gives a number of what is counted', () => {
    expect(askData('How many guests attended the talks in Minsk where Putin gave Xi jam?').answer).toMatch(/^I don't know/);
  });

  it('say they do not know how long something lasted when no source gives a length of time', () => {
    expect(askData('How long did the Minsk talks where Putin gave Xi jam last?').answer).toMatch(/^I don't know/);
  });

  it('answer when a sentence gives the number', () => {
    expect(askData('How many agreements did Xi and Putin sign at the talks?').answer).toContain('12 agreements');
  });
});
