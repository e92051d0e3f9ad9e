/** The production Logger: pino JSON lines on stderr (pretty lines at a terminal), request ids added, secrets scrubbed. */
import { createRequire } from 'node:module';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { Logger, LogFields } from './ports.js';
import { createSecretRedactor } from './runtime/redact-secrets.js';
import { currentRequestId } from './runtime/request-id.js';

export interface LoggerOptions {
  readonly level: LevelWithSilent;
  /** Defaults to stderr: stdout belongs to answers (the console adapter and --json output). */
  readonly destination?: NodeJS.WritableStream & { isTTY?: boolean };
  readonly pretty?: boolean;
  /** Exact secret values (tokens, signing secrets, database password) never to be written, whatever field holds them. */
  readonly secrets?: readonly string[];
}

export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stderr;
  const pretty = (options.pretty ?? destination.isTTY === true) ? loadPretty(destination) : null;
  const base: PinoLogger = pino(
    {
      level: options.level,
      base: null,
      // Every line written while a request is handled names it, whichever module logs.
      mixin: () => {
        const reqId = currentRequestId();
        return reqId === undefined ? {} : { reqId };
      },
    },
    (pretty ?? destination) as NodeJS.WritableStream,
  );
  return wrapPino(base, createSecretRedactor(options.secrets));
}

/** pino-pretty is a dev dependency, loaded only for a terminal (~40 ms); a production image run with `-t` falls back to JSON. */
function loadPretty(destination: NodeJS.WritableStream): NodeJS.WritableStream | null {
  try {
    const pretty = createRequire(import.meta.url)('pino-pretty') as typeof PinoPretty;
    return pretty({ destination, sync: true, colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
  } catch {
    return null;
  }
}

function wrapPino(base: PinoLogger, redact: ReturnType<typeof createSecretRedactor>): Logger {
  const emit = (level: 'debug' | 'info' | 'warn' | 'error') => (msg: string, fields?: LogFields) => {
    if (!base.isLevelEnabled(level)) return;
    if (fields) base[level](redact.fields(fields), redact.text(msg));
    else base[level](redact.text(msg));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
