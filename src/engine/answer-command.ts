/** Command → Answer over a Corpus: the engine's single entry point, pure and deterministic. */
import type { IsoDate } from '../domain.js';
import { assertNever, problem, type Answer } from '../answer/answer.js';
import { ask } from './ask.js';
import type { Corpus } from './corpus.js';
import { help } from './help.js';
import { showArticle, showEvent } from './lookup.js';
import { onThisDay } from './on-this-day.js';
import type { Command } from './parse-command.js';
import { search } from './search.js';
import { timeline } from './timeline.js';
import { buildDigest } from '../digest/build-digest.js';
import type { DigestAction } from './parse-command.js';
import { parseIsoDate } from '../time/calendar.js';

export interface AnswerContext {
  /** "Today" for on-this-day and relative ranges, in the asker's calendar. */
  readonly today: IsoDate;
}

export function answerCommand(corpus: Corpus, command: Command, context: AnswerContext): Answer {
  if (command.kind !== 'help' && corpus.articles.length === 0) {
    return problem('no-articles', 'No articles are loaded yet. Put .txt, .md or .html files in the data folder (SUMMIT_DATA_DIR) and restart.', ['help']);
  }
  switch (command.kind) {
    case 'help':
      return help(corpus.articles.length, corpus.events.length);
    case 'ask':
      return ask(corpus, command.question, context);
    case 'search':
      return search(corpus, command.text, { page: command.page });
    case 'timeline':
      return timeline(corpus, { range: command.range, all: command.all, page: command.page, today: context.today });
    case 'on-this-day':
      return onThisDay(corpus, { ...(command.monthDay ? { monthDay: command.monthDay } : {}), window: command.window, today: context.today });
    case 'event':
      return showEvent(corpus, command.id);
    case 'article':
      return showArticle(corpus, command.id);
    case 'digest':
      return answerDigestWithoutStore(corpus, command.digest, context.today);
    default:
      return assertNever(command);
  }
}

/**
 * `digest …` where no store is wired (the plain CLI, a bot without DigestCommands): a preview needs only the corpus;
 * subscriptions need the running bot.
 */
function answerDigestWithoutStore(corpus: Corpus, action: DigestAction, today: IsoDate): Answer {
  if (action.action !== 'preview') {
    return problem('not-available', 'Digest subscriptions live in the running bot (npm start with Slack or Discord); here `digest preview [YYYY-MM-DD]` shows a digest.', ['digest preview']);
  }
  const date = action.date === undefined ? today : parseIsoDate(action.date);
  if (!date) return problem('bad-query', `“${action.date}” is not a date. Use YYYY-MM-DD, for example: digest preview 2026-12-15`, ['digest preview']);
  return buildDigest(corpus.events, date, 'skip').answer;
}
