import { beforeAll, describe, expect, it } from 'vitest';
import type { AskData } from '../../src/answer/answer.js';
import type { IsoDate } from '../../src/domain.js';
import { ask, detectIntent, MAX_QUESTION_LENGTH, namesPerson } from '../../src/engine/ask.js';
import type { Corpus } from '../../src/engine/corpus.js';
import { loadFixtureCorpus } from '../fakes/fixture-corpus.js';

const today = '2026-11-22' as IsoDate;
let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadFixtureCorpus();
});

const askData = (question: string): AskData => {
  const answer = ask(corpus, question, { today });
  if (answer.kind !== 'ask') throw new Error(`expected an ask answer, got ${answer.kind}: ${answer.headline}`);
  return answer.data;
};

describe('detectIntent', () => {
  it.each([
    ['When did Xi visit Moscow?', 'when'],
    ['what date was the Samarkand meeting', 'when'],
    ['Where did they meet in 2022?', 'where'],
    ['Who attended the forum?', 'who'],
    ['Who is Yuri Ushakov?', 'who-is'],
    ['who is the Chinese president', 'who'],
    ['What did Putin say about Ukraine?', 'said'],
    ['How many times have Xi and Putin met?', 'count'],
    ['Did Xi ever visit Paris?', 'yes-no'],
    ['what happened on this day', 'on-this-day'],
    ['Putin Olympics', 'what'],
  ])('%s → %s', (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });
});

describe('namesPerson', () => {
  it.each([
    ['Peng, 35, went missing', 'Peng Shuai', true],
    ["Putin's visit to Beijing", 'Vladimir Putin', true],
    ['Xinhua news agency reported', 'Xi Jinping', false],
    ['The Xi-Putin friendship', 'Xi Jinping', true],
    ['Mr Pengelly said', 'Peng Shuai', false],
  ])('%j names %s: %s', (text, person, expected) => {
    expect(namesPerson(text, person)).toBe(expected);
  });
});

describe('ask over the fixture articles', () => {
  it.each([
    ['When did Xi and Putin meet in Samarkand?', '2022-09-15', 'samarkand-meeting.html'],
    ['When did Xi and Putin sign a joint statement?', '2019-06-05', 'kremlin-state-visit.txt'],
    ['When did Xi and Putin talk on the phone?', '2024-11-29', 'phone-call.txt'],
    ['When did Putin hold talks with Xi in Beijing?', '2023-10-18', 'belt-and-road-forum.md'],
    ['Samarknd meting', '2022-09-15', 'samarkand-meeting.html'],
    ['When did Xi and Putin discuss trade?', '2024-11-29', 'phone-call.txt'],
    ['When is Xi travelling to Russia?', '2024', 'belt-and-road-forum.md'],
  ])('%s → %s from %s', (question, date, source) => {
    const data = askData(question);
    expect(data.date).toBe(date);
    expect(data.citations.map((c) => c.article)).toContain(source);
    expect(data.answer).not.toMatch(/^I don't know/);
  });

  it('answers "what did X say about Y" with the quoted sentence, dated by the sentence', () => {
    const data = askData('What did Putin say about Ukraine?');
    expect(data.citations[0]?.article).toBe('samarkand-meeting.html');
    expect(data.citations[0]?.quote).toContain('questions and concerns');
    expect(data.answer).toContain('questions and concerns');
  });

  it('answers a count with what the source says, as of its publication date', () => {
    const data = askData('How many times have Xi and Putin met?');
    expect(data.answer).toContain('more than 40 times');
    expect(data.answer).toMatch(/^As of 18 October 2023/);
    expect(data.date).toBe('2023-10-18');
  });

  it('describes a person from the sentence that names them in full, as of that report', () => {
    const data = askData('Who is Yuri Ushakov?');
    expect(data.citations[0]?.quote).toContain('Kremlin aide Yuri Ushakov');
    expect(data.answer).toMatch(/^As of 18 October 2023, according to Northern Wire: /);
  });

  it('prefers an occasion announced in advance for a question about the future', () => {
    const data = askData('When will Xi visit Russia?');
    expect(data.date).toBe('2024');
    expect(data.citations.map((c) => c.article)).toContain('belt-and-road-forum.md');
  });

  it('states a month-precise answer as a month, never an invented day', () => {
    const answer = ask(corpus, 'When did Putin attend the opening of the Winter Olympics?', { today });
    expect(answer.kind === 'ask' && answer.data.date).toBe('2022-02');
    expect(answer.headline).toMatch(/^In February 2022/);
  });

  it.each(['When did Xi visit Paris?', 'What did Putin say about Mars exploration?', 'When did Macron meet Scholz?'])(
    'says it does not know, with the closest matches, for %s',
    (question) => {
      const data = askData(question);
      expect(data.answer).toMatch(/^I don't know/);
      expect(data.events).toEqual([]);
      expect(data.date).toBeUndefined();
    },
  );

  it('refuses an overlong question with a clear message instead of searching it', () => {
    const answer = ask(corpus, 'why '.repeat(MAX_QUESTION_LENGTH), { today });
    expect(answer.kind).toBe('problem');
    expect(answer.headline).toMatch(/up to 300/);
  });

  it.each(['!x', '(a+)+$', '"unbalanced', '^=$\'|', '\u0000\u0007', '???'])('survives hostile input %j', (question) => {
    const answer = ask(corpus, question, { today });
    expect(['ask', 'problem', 'on-this-day']).toContain(answer.kind);
  });

  it('respects a date constraint in the question', () => {
    const data = askData('What did Xi and Putin do in June 2019?');
    expect(data.date?.startsWith('2019-06')).toBe(true);
    expect(data.events.every((e) => e.date.startsWith('2019-06'))).toBe(true);
  });
});
