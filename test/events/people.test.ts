import { describe, expect, it } from 'vitest';
import { createPeopleContext, findPeople, personName } from '../../src/events/people.js';

const names = (text: string, context = createPeopleContext()): string[] => [...new Set(findPeople(text, context).map((p) => p.name))];

describe('findPeople', () => {
  it.each([
    ['Xi arrived late.', ['Xi Jinping']],
    ['President Xi Jinping spoke first.', ['Xi Jinping']],
    ['The Chinese president spoke first.', ['Xi Jinping']],
    ["China's leader spoke first.", ['Xi Jinping']],
    ['Vladimir Putin spoke first.', ['Vladimir Putin']],
    ['The Kremlin leader spoke first.', ['Vladimir Putin']],
    ['Putin greeted his Chinese counterpart warmly.', ['Vladimir Putin', 'Xi Jinping']],
    ['The motorcade left Xi’an at noon.', []],
    ['Defence Minister Olga Petrenko met Prime Minister Arvid Lund.', ['Olga Petrenko', 'Arvid Lund']],
    ['Spokesman Tomas Brand said little.', ['Tomas Brand']],
    ['Kim Dahl, a professor at a university, said the talks mattered.', ['Kim Dahl']],
    ["Norway's top diplomat Ola Berg met chief negotiator Eva Lind.", ['Ola Berg', 'Eva Lind']],
    ['Fleet commander Ivo Sepp inspected the port.', ['Ivo Sepp']],
    ['The leaders of Russia and China hailed their ties.', ['Xi Jinping', 'Vladimir Putin']],
    ['The Chinese and Russian presidents spoke by video link.', ['Xi Jinping', 'Vladimir Putin']],
    ['The leaders of Russia and Belarus met.', []],
  ])('recognises the people in %j', (text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort());
  });

  it('spans the name itself, not the titles before it', () => {
    const text = 'Senior Presidential Aide Ilya Sorin said little.';
    const [p] = findPeople(text, createPeopleContext());
    expect(p && text.slice(p.start, p.end)).toBe('Ilya Sorin');
  });

  it('does not take a named counterpart for a principal', () => {
    expect(names('Lavinia Ross met her Russian counterpart Pavel Orlov.')).toEqual(['Pavel Orlov']);
  });

  it('resolves a surname to the full name given earlier in the article', () => {
    const context = createPeopleContext();
    names('Foreign Minister Lena Marsh arrived on Monday.', context);
    expect(names('Marsh said the visit went well.', context)).toEqual(['Lena Marsh']);
  });

  it('reads "the two leaders" as both principals once both were named', () => {
    const context = createPeopleContext();
    names('Xi welcomed Putin at the airport.', context);
    expect(names('The two leaders then drove off.', context).sort()).toEqual(['Vladimir Putin', 'Xi Jinping']);
  });

  it('marks experts as not official and office holders as official', () => {
    const people = findPeople('Kim Dahl, an analyst at a think tank, and spokesman Tomas Brand spoke.');
    expect(people.find((p) => p.name === 'Kim Dahl')?.official).toBe(false);
    expect(people.find((p) => p.name === 'Tomas Brand')?.official).toBe(true);
  });
});

describe('findPeople: titles, relations and full names', () => {
  it.each([
    ['Ambassador to Chile Ana Ruiz told reporters the talks went well.', ['Ana Ruiz']],
    ['President of Peru Luis Vega arrived on Monday.', ['Luis Vega']],
    ['Gazprom CEO Ivan Petrov signed the contract.', ['Ivan Petrov']],
    ['State Councillor Li Wenbo greeted the delegation.', ['Li Wenbo']],
    ['Politburo member Zhou Hai attended.', ['Zhou Hai']],
    ['The prime minister arrived with his wife, Mara Lind, on Friday.', ['Mara Lind']],
    ['Mara Lind, wife of the prime minister, opened the exhibition.', ['Mara Lind']],
    ['The Vice Chairman said the plan was sound.', []],
    ['The Premier said the plan was sound.', []],
  ])('recognises the people in %j', (text, expected) => {
    expect(names(text).sort()).toEqual([...expected].sort());
  });

  it('resolves a surname to a full name the article gives only further down', () => {
    const sentences = ['PM Kato met the envoy.', 'Prime Minister Yui Kato later spoke to the press.'];
    const context = createPeopleContext(sentences);
    expect(names(sentences[0] ?? '', context)).toEqual(['Yui Kato']);
  });

  it('keeps a surname after an office title when the article never gives the full name', () => {
    expect(names('Prime Minister Kato met the envoy.')).toEqual(['Kato']);
  });
});

describe('personName', () => {
  it.each([
    ['Premier Li Wenbo', 'Li Wenbo'],
    ['Putin', 'Vladimir Putin'],
    ['Xi', 'Xi Jinping'],
    ['Zhao Lin', 'Zhao Lin'],
    ['President', null],
    ['the Chairman', null],
    ['Premier', null],
    ['the summit', null],
  ])('%j → %j', (text, expected) => {
    expect(personName(text)).toBe(expected);
  });
});
