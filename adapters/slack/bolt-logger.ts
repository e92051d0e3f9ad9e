/** Our Logger in the shape bolt and the Slack SDK expect, so their lines land in the same JSON log with `adapter: slack`. */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/ports.js';

const describe = (parts: readonly unknown[]): { msg: string; fields: Record<string, unknown> } => {
  const [first, ...rest] = parts;
  const msg = typeof first === 'string' ? first : first instanceof Error ? first.message : 'slack sdk';
  const errors = parts.filter((p) => p instanceof Error);
  return { msg, fields: { adapter: 'slack', ...(rest.length > 0 ? { detail: rest.filter((p) => !(p instanceof Error)).map(String).join(' ') } : {}), ...(errors[0] ? { err: errors[0] } : {}) } };
};

export function toBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const at = (method: 'debug' | 'info' | 'warn' | 'error') => (...parts: unknown[]): void => {
    const { msg, fields } = describe(parts);
    logger[method](msg, fields);
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // Levels are our logger's business; bolt may ask, so it gets back what it set.
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
