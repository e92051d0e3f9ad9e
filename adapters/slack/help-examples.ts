/** One example per command, as a Slack user would type it: help and the App Home show these. */
import type { HelpEntry } from '../../src/answer/answer.js';

const EXAMPLES: Readonly<Record<string, string>> = {
  ask: 'when did Xi visit Moscow?',
  search: 'search gas pipeline from:2022-01-01',
  timeline: 'timeline 2022',
  today: 'today 02-04',
  event: 'event <id from a timeline>',
  article: 'article <file name>',
  digest: 'digest subscribe 09:00 Europe/Berlin',
  help: 'help',
};

export interface CommandExample {
  readonly example: string;
  readonly description: string;
}

/** `command` is the slash command's name (`/summit`, or SLACK_COMMAND). */
export function commandExamples(commands: readonly HelpEntry[], command: string): CommandExample[] {
  return commands.map((entry) => {
    const word = entry.usage.split(' ')[0] ?? entry.usage;
    return { example: `${command} ${EXAMPLES[word] ?? entry.usage}`, description: entry.description };
  });
}
