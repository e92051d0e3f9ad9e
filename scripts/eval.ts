/**
 * `npm run eval`: the tagger, the events and question answering scored against the seeds' gold (../shared/eval) and our
 * own question set, in one table. `--verbose` adds every miss; `--json` prints the figures as JSON.
 */
import { DEV_DIR, evalDev, formatDevScores } from './eval/dev-eval.js';
import { evalEvents } from './eval/events-eval.js';
import { evalQa, formatQaScores } from './eval/qa-eval.js';
import { evalTimexes, formatTimexScores } from './eval/timex-eval.js';

const verbose = process.argv.includes('--verbose');
const asJson = process.argv.includes('--json');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

const timex = await evalTimexes();
const events = await evalEvents();
const qa = await evalQa();
const dev = await evalDev();

if (asJson) {
  const { events: _list, ...eventFigures } = events ?? { events: [] };
  process.stdout.write(`${JSON.stringify({ timex, events: events ? eventFigures : null, qa, dev }, null, 2)}\n`);
} else {
  const out: string[] = ['# Summit eval', ''];
  out.push('## Temporal expressions (TempEval-3 definitions; seeds gold)');
  if (timex) {
    const text = formatTimexScores(timex);
    out.push(verbose ? text : text.split('\n').filter((l) => !l.startsWith('  ') && !/^summit (missed|spurious|wrong value)/.test(l)).join('\n'));
  } else out.push('(../shared/eval not found: skipped)');
  out.push('', '## Events and timeline (seeds gold)');
  if (events) {
    out.push(
      `| central recall (exact date) | all-event recall (exact date) | precision | central precision | duplicates | system events (central) |`,
      `|---|---|---|---|---|---|`,
      `| ${pct(events.centralRecall)} | ${pct(events.recall)} | ${pct(events.precision)} | ${pct(events.centralPrecision)} | ${events.duplicates} | ${events.systemEvents} (${events.systemCentral}) |`,
    );
    if (verbose) out.push('misses:', ...events.misses.map((m) => `  ${m}`), 'spurious:', ...events.spurious.map((m) => `  ${m}`));
  } else out.push('(../shared/eval not found: skipped)');
  out.push('', '## Question answering (our question set over the seeds)');
  const qaText = formatQaScores(qa);
  out.push(verbose ? qaText : qaText.split('\n\nMisses')[0] ?? qaText);
  out.push('', '## Development set (../shared/dev: real articles, one corpus per period; README grading rule)');
  out.push(dev ? formatDevScores(dev, verbose) : `(no texts in ${DEV_DIR}/articles: rebuild them as its README says; skipped)`);
  process.stdout.write(`${out.join('\n')}\n`);
}
