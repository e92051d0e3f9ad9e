/** Why one file could not become an article: a value the caller reports per file, never a thrown error. */

export type IngestErrorCode =
  | 'empty'
  | 'binary'
  | 'too-large'
  | 'bad-encoding'
  | 'unreadable'
  | 'outside-root'
  | 'unsupported-type'
  | 'not-found'
  | 'no-text'
  | 'parse-failed';

export interface IngestError {
  readonly code: IngestErrorCode;
  /** The path as the caller gave it (read-files) or the file name (parse-article). */
  readonly file: string;
  /** A sentence a person understands, e.g. "file is empty". */
  readonly message: string;
}

export const ingestError = (code: IngestErrorCode, file: string, message: string): IngestError => ({ code, file, message });
