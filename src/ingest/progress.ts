/** Terminal feedback for long ingests: a self-overwriting progress line (only on a TTY) and the closing summary. */

export interface IngestSummary {
  readonly articles: number;
  readonly skipped: number;
  readonly errors: number;
  readonly ms: number;
}

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(chunk: string): unknown;
}

/** Returns an onProgress callback for readArticleFiles; silent when the stream is not a terminal (pipes, CI logs). */
export function createProgressReporter(stream: ProgressStream, now: () => number = Date.now): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    if (stream.isTTY !== true || total < 50) return;
    const t = now();
    // Redraw at most ten times a second, and always at the end.
    if (done < total && t - last < 100) return;
    last = t;
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files${done === total ? '\n' : ''}`);
  };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "read 1,204 articles, skipped 3 files, 2 errors in 1.8 s" */
export function formatIngestSummary(s: IngestSummary): string {
  const seconds = s.ms < 10_000 ? (s.ms / 1000).toFixed(2) : (s.ms / 1000).toFixed(1);
  return `read ${plural(s.articles, 'article')}, skipped ${plural(s.skipped, 'file')}, ${plural(s.errors, 'error')} in ${seconds} s`;
}
