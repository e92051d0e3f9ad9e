import { describe, expect, it } from 'vitest';
import { makeTitle } from '../../src/events/make-title.js';
import type { TitleParts } from '../../src/events/make-title.js';
import { PUTIN, XI } from '../../src/events/people.js';

const title = (parts: Partial<TitleParts> & Pick<TitleParts, 'kind' | 'actionText' | 'clauseText'>): string =>
  makeTitle({ participants: [XI, PUTIN], place: null, ...parts });

describe('makeTitle', () => {
  it('keeps the object of "sign", whether the verb or the noun was found', () => {
    const clauseText = 'The two presidents signed a joint statement on energy on Monday';
    expect(title({ kind: 'sign', actionText: 'signed', clauseText })).toBe('Xi Jinping and Vladimir Putin sign a joint statement');
    expect(title({ kind: 'sign', actionText: 'joint statement', clauseText })).toBe('Xi Jinping and Vladimir Putin sign a joint statement');
  });

  it('names an incident’s doer and leaves a ceremony’s scope out', () => {
    expect(title({ kind: 'incident', actionText: 'invaded', clauseText: 'since Ruritania invaded Freedonia in late May', participants: [] }))
      .toBe('Ruritania invaded Freedonia');
    expect(title({ kind: 'incident', actionText: 'outbreak', clauseText: 'The outbreak of the war in May', participants: [] })).toBe('Outbreak');
    expect(title({ kind: 'ceremony', actionText: 'parade', clauseText: 'what state TV called the biggest parade in the nation’s history' }))
      .toBe('Xi Jinping and Vladimir Putin attend the parade');
  });

  it('keeps a short scare-quoted name inside the object', () => {
    expect(title({ kind: 'announce', actionText: 'declared', clauseText: 'The two leaders declared an “ironclad” alliance, days before' }))
      .toBe('Xi Jinping and Vladimir Putin announce an ‘ironclad’ alliance');
  });

  it('makes the subject the host and the other the guest', () => {
    expect(title({ kind: 'host', actionText: 'hosted', clauseText: 'Putin hosted Xi on Monday', participants: [XI, PUTIN], subjects: [PUTIN] }))
      .toBe('Vladimir Putin hosts Xi Jinping');
  });

  it('never ends on a preposition, conjunction or article', () => {
    const attend = title({ kind: 'attend', actionText: 'take part', clauseText: 'his trip to take part in the opening of the Games in February', participants: [PUTIN] });
    expect(attend).toBe('Vladimir Putin attends the opening of the Games');
    const accept = title({
      kind: 'accept', actionText: 'accepted', participants: [PUTIN, XI], subjects: [PUTIN],
      clauseText: 'Putin has accepted the invitation from his Chinese counterpart and',
    });
    expect(accept).toBe('Vladimir Putin accepts the invitation from Xi Jinping');
    for (const t of [attend, accept]) expect(t).not.toMatch(/\s(?:and|of|in|to|the|a|from)$/);
  });

  it('keeps a year inside a name but stops at a date phrase', () => {
    expect(title({ kind: 'attend', actionText: 'attend', clauseText: 'he will attend the 2030 Lagos Expo in May next year', participants: [PUTIN] }))
      .toBe('Vladimir Putin attends the 2030 Lagos Expo');
  });

  it('lets only the speaker say what a statement says, naming the person it is about', () => {
    expect(title({ kind: 'statement', actionText: 'predicted', participants: [XI, PUTIN], subjects: [XI], clauseText: 'and predicted that voters will back him again' }))
      .toBe('Xi Jinping predicts voters will back Vladimir Putin again');
  });

  it('falls back to a whole verb phrase when the object is missing', () => {
    expect(title({ kind: 'sign', actionText: 'signed', clauseText: 'they signed on Monday' })).toBe('Xi Jinping and Vladimir Putin sign an agreement');
  });
});

describe('makeTitle for a presentation', () => {
  it('names the giver alone', () => {
    expect(makeTitle({ kind: 'ceremony', participants: ['Vladimir Putin', 'Xi Jinping'], subjects: ['Vladimir Putin'], place: null, actionText: 'presented', clauseText: 'Putin presented Xi with a medal' }))
      .toMatch(/^Vladimir Putin presents /);
  });
});
