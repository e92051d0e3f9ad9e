import { describe, expect, it } from 'vitest';
import { referredOccasion } from '../../src/engine/referred-occasion.js';
import { askingCorpus } from '../fakes/text-corpus.js';

const { corpus, askData } = askingCorpus({
  'gala.txt': [
    'date 2019-11-13',
    'Title: An umbrella at the gala',
    '',
    "Vladimir Putin hands an umbrella to Xi Jinping's wife as they leave a concert after a dinner for the regional summit in Lima.",
    '',
    'It was a kind gesture on a cold night.',
    '',
    'Some viewers laughed.',
    '',
    'The incident at a concert linked to this week’s regional summit was shown on state television.',
    '',
  ].join('\n'),
  'fair.txt': [
    'date 2019-06-20',
    'Title: Leaders at a fair',
    '',
    'Xi Jinping and Vladimir Putin toured a trade fair in Quito.',
    '',
    'A concert linked to this week’s trade fair was shown on state television.',
    '',
  ].join('\n'),
});

const eventOf = (file: string) => corpus().events.find((e) => e.sources.some((s) => s.article === file));

describe('an event that refers back to an occurrence told before it', () => {
  // A caption tells the occurrence in the present tense, undated; "this week's" dates it later, by reference.
  it('takes its people and its venue from the sentences that told it', () => {
    const incident = eventOf('gala.txt');
    expect(incident && referredOccasion(corpus(), incident)).toHaveLength(3);
    const { answer } = askData('where did xi and putin meet in 2019?');
    expect(answer).toMatch(/Lima, Peru, the week of 11 Nov/);
  });

  it('answers when the occurrence happened at the precision the reference gives, saying there is no day', () => {
    const data = askData("When did Putin hand an umbrella to Xi Jinping's wife?");
    expect(data.answer).toMatch(/^In the week of 11 Nov–17 Nov 2019 \(the articles give no exact day\)/);
    expect(data.date).toBe('2019-W46');
    expect(data.citations.map((c) => c.quote)).toContainEqual(expect.stringMatching(/^Vladimir Putin hands an umbrella/));
  });

  it('is not read into a sentence that refers back to nothing', () => {
    const events = corpus().events.filter((e) => e.sources.some((s) => s.article === 'fair.txt') && e.participants.length === 0);
    for (const event of events) expect(referredOccasion(corpus(), event)).toEqual([]);
  });
});
