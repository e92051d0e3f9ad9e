import { describe, expect, it } from 'vitest';
import { mentionToText, slashToText } from '../../../adapters/discord/translate.js';
import { parseCommand } from '../../../src/engine/parse-command.js';

describe('slashToText', () => {
  it.each([
    [{ group: null, subcommand: 'ask', options: { question: 'when did Xi visit Moscow?' } }, 'ask when did Xi visit Moscow?', 'ask'],
    [{ group: null, subcommand: 'search', options: { words: 'joint statement', from: '2022-01-01', to: '2022-12-31', page: 2 } }, 'search joint statement from:2022-01-01 to:2022-12-31 page:2', 'search'],
    [{ group: null, subcommand: 'timeline', options: { range: '2022', all: true, page: 1 } }, 'timeline 2022 all', 'timeline'],
    [{ group: null, subcommand: 'today', options: { date: '06-05', window: 3 } }, 'today 06-05 --window 3', 'on-this-day'],
    [{ group: null, subcommand: 'event', options: { id: 'ev-1' } }, 'event ev-1', 'event'],
    [{ group: null, subcommand: 'article', options: { id: 'a.txt' } }, 'article a.txt', 'article'],
    [{ group: 'digest', subcommand: 'subscribe', options: { time: '07:30', zone: 'Europe/Berlin' } }, 'digest subscribe 07:30 Europe/Berlin', 'digest'],
    [{ group: 'digest', subcommand: 'unsubscribe', options: {} }, 'digest unsubscribe', 'digest'],
    [{ group: 'digest', subcommand: 'status', options: {} }, 'digest status', 'digest'],
    [{ group: 'digest', subcommand: 'preview', options: { date: '2024-06-05' } }, 'digest preview 2024-06-05', 'digest'],
    [{ group: null, subcommand: 'help', options: {} }, 'help', 'help'],
  ])('%o → %s, which the shared grammar reads as %s', (invocation, text, kind) => {
    expect(slashToText(invocation)).toBe(text);
    expect(parseCommand(text).kind).toBe(kind);
  });

  it('keeps digest options apart as the grammar expects', () => {
    expect(parseCommand(slashToText({ group: 'digest', subcommand: 'subscribe', options: { time: '07:30', zone: 'UTC' } }))).toEqual({ kind: 'digest', digest: { action: 'subscribe', time: '07:30', timeZone: 'UTC' } });
  });
});

describe('mentionToText', () => {
  it('removes the bot mention wherever it stands, in both forms, and leaves other text alone', () => {
    expect(mentionToText('<@42> when did Xi visit Moscow?', '42')).toBe('when did Xi visit Moscow?');
    expect(mentionToText('hey <@!42>   timeline 2022', '42')).toBe('hey timeline 2022');
    expect(mentionToText('<@42>', '42')).toBe('');
    expect(mentionToText('<@421> ask', '42')).toBe('<@421> ask');
  });
});
