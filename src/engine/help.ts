/** `help`: the command list every surface shows. */
import type { Answer, HelpEntry } from '../answer/answer.js';

export const COMMANDS = [
  { usage: 'ask <question>', description: 'answer a question with dates and sources (also: just type the question)' },
  { usage: 'search <words> [from:YYYY-MM-DD] [to:…] [outlet:…]', description: 'find sentences; "exact phrase", -word to exclude' },
  { usage: 'timeline [range] [all]', description: 'Xi–Putin events in date order; range like 2022, 2021-11..2022-03, last 2 years; all adds context' },
  { usage: 'today [MM-DD] [--window N]', description: 'what happened on this day in earlier years' },
  { usage: 'event <id>', description: 'one event with every source' },
  { usage: 'article <id|file>', description: 'one article: metadata, text and its events' },
  { usage: 'digest subscribe|unsubscribe|status|preview', description: 'the daily "on this day" digest ([HH:MM] [zone] when subscribing)' },
  { usage: 'help', description: 'this list' },
] as const satisfies readonly HelpEntry[];

export function help(articleCount: number, eventCount: number): Answer {
  return {
    kind: 'help',
    headline: `Summit knows ${articleCount} article${articleCount === 1 ? '' : 's'} and ${eventCount} dated event${eventCount === 1 ? '' : 's'}. Commands:`,
    items: [],
    followUps: ['when did Xi visit Moscow?', 'timeline', 'today'],
    data: { commands: COMMANDS },
  };
}
