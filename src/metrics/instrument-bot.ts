/** Wraps the Bot for production: each message gets a request id, is counted in /metrics and tracked for shutdown. */
import type { Bot } from '../bot.js';
import { parseCommand } from '../engine/parse-command.js';
import type { Metrics } from '../ports.js';
import type { InFlight } from '../runtime/in-flight.js';
import { inRequest } from '../runtime/request-id.js';

export function instrumentBot(bot: Bot, deps: { readonly metrics: Metrics; readonly inFlight: InFlight }): Bot {
  const { metrics, inFlight } = deps;
  return {
    answer(text, meta = {}) {
      return inRequest(() => {
        const started = performance.now();
        const answer = bot.answer(text, meta);
        const surface = (meta.adapter ?? 'cli') as Parameters<Metrics['answered']>[0];
        metrics.answered(surface, parseCommand(text).kind, (performance.now() - started) / 1000);
        return answer;
      });
    },
    handle(text, context) {
      return inRequest(() => inFlight.track(async () => {
        const started = performance.now();
        const answer = await bot.handle(text, context);
        metrics.answered(context.surface, parseCommand(text).kind, (performance.now() - started) / 1000);
        return answer;
      }));
    },
  };
}
