/** Console adapter: lines typed or piped on stdin → bot.handle → text (or one JSON line) on stdout. */
import { createInterface } from 'node:readline';
import { answerToJson } from '../../src/answer/answer.js';
import { renderText } from '../../src/answer/render-text.js';
import type { Bot } from '../../src/bot.js';
import type { ChatContext } from '../../src/ports.js';

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
/** The person at the console owns the machine, so they may change the console's own digest subscription. */
const CONSOLE_CONTEXT: ChatContext = { surface: 'console', channel: { platform: 'console', workspaceId: null, channelId: 'local' }, canManageDigest: true };

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
  // Answers may wait on the store (digest commands): a chain keeps them in input order.
  let pending: Promise<void> = Promise.resolve();
  return new Promise((resolve) => {
    const answerLine = async (text: string): Promise<void> => {
      const answer = await bot.handle(text, CONSOLE_CONTEXT);
      // A blank line between text answers keeps multi-line answers apart; JSON mode is strictly one line per input line.
      write(json ? JSON.stringify(answerToJson(answer)) : `${renderText(answer)}\n\n`);
      if (interactive) lines.prompt();
    };
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
      pending = pending.then(() => answerLine(text));
    });
    // Ctrl-C at the prompt ends the session (readline would otherwise only pause the input).
    lines.on('SIGINT', () => lines.close());
    lines.on('close', () => void pending.then(() => resolve()));
  });
}
