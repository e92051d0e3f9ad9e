import { describe, expect, it } from 'vitest';
import { MAX_INPUT_LENGTH, normalizeInput, parseCommand } from '../../src/engine/parse-command.js';

describe('parseCommand', () => {
  it.each([
    ['help', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['ask when did Xi visit Moscow?', { kind: 'ask', question: 'when did Xi visit Moscow?' }],
    ['when did Xi visit Moscow?', { kind: 'ask', question: 'when did Xi visit Moscow?' }],
    ['/summit timeline 2022', { kind: 'timeline', range: '2022', all: false, page: 1 }],
    ['timeline 2021-11..2022-03 all page:2', { kind: 'timeline', range: '2021-11..2022-03', all: true, page: 2 }],
    ['timeline', { kind: 'timeline', range: '', all: false, page: 1 }],
    ['search Putin olympics', { kind: 'search', text: 'Putin olympics', page: 1 }],
    ['search "joint statement" page:3', { kind: 'search', text: '"joint statement"', page: 3 }],
    ['today', { kind: 'on-this-day', window: 0 }],
    ['onthisday 2-4', { kind: 'on-this-day', monthDay: '02-04', window: 0 }],
    ['today 02-04 --window 3', { kind: 'on-this-day', monthDay: '02-04', window: 3 }],
    ['today --window 999', { kind: 'on-this-day', window: 30 }],
    ['event ab12cd', { kind: 'event', id: 'ab12cd' }],
    ['article 001_x.txt', { kind: 'article', id: '001_x.txt' }],
    ['digest subscribe 07:30 Europe/Berlin', { kind: 'digest', digest: { action: 'subscribe', time: '07:30', timeZone: 'Europe/Berlin' } }],
    ['digest unsubscribe', { kind: 'digest', digest: { action: 'unsubscribe' } }],
    ['digest', { kind: 'digest', digest: { action: 'status' } }],
    ['digest preview 2026-02-04', { kind: 'digest', digest: { action: 'preview', date: '2026-02-04' } }],
    ['2022?', { kind: 'ask', question: '2022?' }],
  ])('%j → %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('strips control characters and folds whitespace', () => {
    expect(normalizeInput('  time\u0000line\u001b[31m \n\t 2022 ')).toBe('time line [31m 2022');
    expect(parseCommand('timeline\t2022\r\n')).toEqual({ kind: 'timeline', range: '2022', all: false, page: 1 });
  });

  it('cuts absurdly long input before parsing it', () => {
    const command = parseCommand(`ask ${'x'.repeat(50_000)}`);
    expect(command.kind).toBe('ask');
    expect(command.kind === 'ask' && command.question.length).toBeLessThanOrEqual(MAX_INPUT_LENGTH);
  });
});
