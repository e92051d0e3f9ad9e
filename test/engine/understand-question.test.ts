import { describe, expect, it } from 'vitest';
import { ask } from '../../src/engine/ask.js';
import { demonymBase, detectIntent, respellQuestionWord, understand } from '../../src/engine/understand-question.js';
import { askingCorpus, corpusOfTexts, ENGINE_TEST_TODAY as today } from '../fakes/text-corpus.js';

const { corpus, askData } = askingCorpus({
  'spring.txt': 'date 2011-03-10\nTitle: A call in spring\n\nXi Jinping and Vladimir Putin held a phone call on Wednesday.\n',
  'autumn.txt': 'date 2011-10-20\nTitle: Another call\n\nXi Jinping and Vladimir Putin held a phone call on Thursday.\n',
  'pact.txt': [
    'date 2012-07-05',
    'Title: Pact renewed',
    '',
    'On Monday, July 2, after a video conference between Putin and Xi, the Kremlin announced that the old river pact was renewed.',
    '',
    'The river had been in the news since 2004.',
    '',
  ].join('\n'),
});

describe('respellQuestionWord', () => {
  it.each([
    ['wen did they meet', 'when did they meet'],
    ['wher was the summit', 'where was the summit'],
    ['When did they meet', 'When did they meet'],
    ['Did they meet', 'Did they meet'],
  ])('%s → %s', (question, respelled) => {
    expect(respellQuestionWord(question)).toBe(respelled);
  });
});

describe('when questions', () => {
  it('read typed question words and principals, and "last" takes the latest of equal answers', () => {
    expect(askData('wen did xi and putn last talk by phone in 2011?').date).toBe('2011-10-20');
  });

  it('answer from a sentence that states its date, and a year that names a thing does not date the event', () => {
    const data = askData('When did Xi and Putin hold the video conference that renewed their 1999 river pact?');
    expect(data.date).toBe('2012-07-02');
  });
});

describe('who and demonyms', () => {
  it.each(['Which South Korean leader stood with them?', 'Which ministers attended the talks?', 'which Peruvian official came'])('%s is a who question', (question) => {
    expect(detectIntent(question)).toBe('who');
  });

  it('reads a people\'s adjective as its country', () => {
    expect(demonymBase('korean')).toBe('korea');
    expect(demonymBase('russian')).toBe('russia');
    expect(demonymBase('german')).toBeNull();
  });
});

describe('understand: places', () => {
  it('does not take a part of a person\'s name for a city ("Vladimir Putin" is not the city of Vladimir)', () => {
    expect(understand(corpus(), 'When did Vladimir Putin call Xi?', today).places).toEqual([]);
    expect(understand(corpus(), 'When did Vladimir Putin visit Kazan?', today).places).toEqual(['Kazan']);
  });

  it('keeps countries and descriptors too, not only cities', () => {
    expect(understand(corpus(), 'When did they meet in Tadjikistan?', today).places).toEqual(['Tadjikistan']);
    expect(understand(corpus(), 'Where did they talk in the Russian capital?', today).places).toEqual(['the Russian capital']);
  });
});

describe('understand: "agree to" and "according to the … call"', () => {
  it('asks about the meeting agreed on, bounded by when the report came, not by the call\'s own date', async () => {
    const texts = await corpusOfTexts({
      'plan.txt': [
        'date 2013-05-16',
        'Title: Leaders hold a call and plan a visit',
        '',
        'Xi Jinping and Vladimir Putin held a phone call on Thursday, an aide said.',
        '',
        'According to the aide, Putin and Xi agreed to meet in Harbin on 20 July.',
        '',
      ].join('\n'),
    });
    const q = understand(texts, 'When did Putin and Xi agree to meet in Harbin, according to the May 2013 call?', today);
    expect(q.date).toBeNull();
    expect(q.reported?.value).toBe('2013-05');
    expect(q.future).toBe(true);
    expect(q.topic).not.toContain('agre');
    const answer = ask(texts, 'When did Putin and Xi agree to meet in Harbin, according to the May 2013 call?', { today });
    expect(answer.kind === 'ask' && answer.data.date).toBe('2013-07-20');
  });
});
