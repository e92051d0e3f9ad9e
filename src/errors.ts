/** The one error class for unexpected failures: a stable code for logs and callers, the cause kept. */

export type BotErrorCode =
  | 'config_invalid'
  | 'ingest_bad_file'
  | 'no_articles'
  | 'store_unavailable'
  | 'platform_send_failed'
  | 'bad_arguments'
  | 'not_found'
  | 'internal';

export class BotError extends Error {
  override readonly name = 'BotError';
  constructor(
    readonly code: BotErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export const isBotError = (value: unknown): value is BotError => value instanceof BotError;
