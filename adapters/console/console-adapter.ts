/** Console adapter: lines typed or piped on stdin → bot.answer → text (or one JSON line) on stdout. */
import { createInterface } from 'node:readline';
import { answerToJson } from '../../src/answer/answer.js';
import { renderText } from '../../src/answer/render-text.js';
import type { Bot } from '../../src/bot.js';

export interface ConsoleAdapterOptions {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Prompt and greeting only at a terminal; piped input gets answers and nothing else. */
  readonly interactive: boolean;
  readonly json: boolean;
  readonly greeting?: string;
}

const PROMPT = 'summit> ';
const QUIT_WORDS = new Set(['quit', 'exit', ':q']);

/** Resolves when input ends (or the user types quit), after every line has been answered in order. */
export function runConsoleAdapter(bot: Bot, options: ConsoleAdapterOptions): Promise<void> {
  const { input, output, interactive, json } = options;
  const lines = createInterface({ input, ...(interactive ? { output, prompt: PROMPT, terminal: true } : { terminal: false }), crlfDelay: Infinity });
  let outputClosed = false;
  const write = (text: string): void => {
    if (!outputClosed) output.write(text.endsWith('\n') ? text : `${text}\n`);
  };
  // The reader went away (`… | head -3`): stop answering instead of dying on EPIPE.
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    outputClosed = true;
    lines.close();
  });
  if (interactive) {
    if (options.greeting) write(options.greeting);
    lines.prompt();
  }
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      const text = line.trim();
      if (interactive && QUIT_WORDS.has(text.toLowerCase())) {
        lines.close();
        return;
      }
      if (text === '' && interactive) {
        lines.prompt();
        return;
      }
      if (text === '' && !json) return;
      const answer = bot.answer(text, { adapter: 'console' });
      // A blank line between text answers keeps multi-line answers apart; JSON mode is strictly one line per input line.
      write(json ? JSON.stringify(answerToJson(answer)) : `${renderText(answer)}\n\n`);
      if (interactive) lines.prompt();
    });
    // Ctrl-C at the prompt ends the session (readline would otherwise only pause the input).
    lines.on('SIGINT', () => lines.close());
    lines.on('close', () => resolve());
  });
}
