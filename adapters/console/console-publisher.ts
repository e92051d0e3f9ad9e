/**
 * The console's daily digest: a subscription made at the console (`digest on 08:00`) is printed to the console at its
 * time while the session runs. The terminal keeps no history Summit can read back, so findPosted never finds a post:
 * the ledger's claim is what keeps a digest to once a day here.
 */
import { answerToJson } from '../../src/answer/answer.js';
import { renderText } from '../../src/answer/render-text.js';
import { BotError } from '../../src/errors.js';
import type { DigestPublisher } from '../../src/ports.js';

export interface ConsolePublisherOptions {
  readonly output: NodeJS.WritableStream;
  readonly json: boolean;
}

export function createConsolePublisher({ output, json }: ConsolePublisherOptions): DigestPublisher {
  return {
    platform: 'console',
    publish(post) {
      // A closed output is a session ending, not a channel gone: the claim is given back and the subscription kept.
      if (!output.writable) return Promise.reject(new BotError('platform_send_failed', 'the console output is closed'));
      // A digest arrives between answers, often while a prompt waits: its own heading tells it apart from a reply.
      const text = json
        ? `${JSON.stringify({ digest: post.localDate, answer: answerToJson(post.answer) })}\n`
        : `\n── daily digest, ${post.localDate} ──\n${renderText(post.answer)}\n\n`;
      return new Promise((resolve, reject) => {
        output.write(text, (error) => {
          if (error) reject(new BotError('platform_send_failed', 'could not write to the console', { cause: error }));
          else resolve({ kind: 'posted', messageId: `console:${post.key}` });
        });
      });
    },
    findPosted: () => Promise.resolve(null),
  };
}
