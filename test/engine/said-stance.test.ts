import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/domain.js';
import { ask } from '../../src/engine/ask.js';
import { speakerOf } from '../../src/engine/speaker.js';
import { corpusOfTexts } from '../fakes/text-corpus.js';

const today = '2026-11-22' as IsoDate;

describe('what did X say: a stance told with a noun', () => {
  it('reads "issued a call for" as the subject speaking', () => {
    expect(speakerOf('Prime Minister Anna Berg issued a call for calm on Sunday.')).toEqual({ kind: 'person', name: 'Anna Berg' });
    expect(speakerOf('Prime Minister Anna Berg issued a permit on Sunday.')).toBeNull();
  });

  it('answers with the leaders\' own call, not a quote nearby that says nothing of the topic', async () => {
    const corpus = await corpusOfTexts({
      'pact.txt': [
        'date 2031-04-10',
        'Title: Leaders urge restraint on the Delta Pact',
        '',
        'Vladimir Putin and Xi Jinping issued a call for the Delta Pact to halt its drills near their borders at a meeting in Harbin on Thursday.',
        '',
        'The two leaders also signed a dozen agreements on railways and grain.',
        '',
        'A readout said the talks were held in a friendly atmosphere and covered a wide range of issues.',
        '',
        '"Xi stressed that the friendship between the two countries is a model for the world," the readout said.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What did Putin and Xi say about the Delta Pact in April 2031?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toContain('halt its drills');
  });

  it('skips a quote the copy cut off and gives the speaker\'s whole words near the occasion', async () => {
    const corpus = await corpusOfTexts({
      'harbin.txt': [
        'date 2031-04-10',
        'Title: Leaders meet in Harbin',
        '',
        'Vladimir Putin and Xi Jinping met in Harbin on Thursday to discuss the Delta Pact and grain.',
        '',
        '“Xi stressed that in the face of sweeping changes in the regi',
        '',
        '"Our friendship is a model for the whole world," Xi told Putin, the readout said.',
        '',
      ].join('\n'),
    });
    const answer = ask(corpus, 'What did Xi say about the Delta Pact in Harbin?', { today });
    expect(answer.kind === 'ask' && answer.data.answer).toContain('model for the whole world');
  });
});
