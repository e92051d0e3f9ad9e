import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleAdapter } from '../../../adapters/console/index.js';
import { problem, type Answer } from '../../../src/answer/answer.js';
import type { Bot } from '../../../src/bot.js';

/** A bot that echoes what it was asked, so the test sees order and framing, not engine behaviour. */
function echoBot(): Bot & { asked: string[] } {
  const asked: string[] = [];
  const answer = (text: string): Answer => {
    asked.push(text);
    if (text === 'boom') return problem('bad-query', 'cannot answer boom');
    return { kind: 'help', headline: `echo: ${text}`, items: [], followUps: [], data: { commands: [] } } satisfies Answer;
  };
  return { asked, answer, handle: async (text) => answer(text) };
}

async function run(lines: string, options: { json?: boolean; interactive?: boolean } = {}): Promise<{ out: string; bot: ReturnType<typeof echoBot> }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const bot = echoBot();
  const done = runConsoleAdapter(bot, { input, output, interactive: options.interactive ?? false, json: options.json ?? false, greeting: 'hello' });
  input.end(lines);
  await done;
  return { out, bot };
}

describe('console adapter', () => {
  it('answers each piped line in order, without prompt or greeting, and ends at end of input', async () => {
    const { out, bot } = await run('help\ntoday\n\ntimeline 2022\n');
    expect(bot.asked).toEqual(['help', 'today', 'timeline 2022']);
    expect(out).toBe('echo: help\n\necho: today\n\necho: timeline 2022\n\n');
    expect(out).not.toContain('summit>');
    expect(out).not.toContain('hello');
  });

  it('prints exactly one JSON line per input line with --json, errors included', async () => {
    const { out } = await run('help\nboom\n\n', { json: true });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toEqual({ commands: [] });
    expect(JSON.parse(lines[1]!)).toEqual({ error: { code: 'bad-query', message: 'cannot answer boom' } });
  });

  it('handles input without a final newline and Windows line ends', async () => {
    const { bot } = await run('help\r\ntoday');
    expect(bot.asked).toEqual(['help', 'today']);
  });

  it('greets, prompts and stops on quit at a terminal', async () => {
    const { out, bot } = await run('help\nquit\ntoday\n', { interactive: true });
    expect(out).toContain('hello');
    expect(out).toContain('summit> ');
    expect(bot.asked).toEqual(['help']);
  });
});

describe('console adapter when the reader goes away', () => {
  it('stops quietly on EPIPE instead of crashing', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const bot = echoBot();
    const done = runConsoleAdapter(bot, { input, output, interactive: false, json: false });
    input.write('help\n');
    output.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    input.write('today\n');
    await done;
    expect(bot.asked).toEqual(['help']);
  });
});
