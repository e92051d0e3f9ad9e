/** Child process for the start-up bench: loads the seed corpus as `npm start` does and prints ms since process start. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/load-corpus.js';
import { silentLogger } from '../../src/ports.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = await loadCorpus({ dataDir: path.join(repoRoot, 'data', 'articles'), maxBytes: 5 * 1024 * 1024, logger: silentLogger });
// performance.now() counts from the process's time origin, so this includes Node start-up and the TypeScript loader.
process.stdout.write(`${JSON.stringify({ readyMs: performance.now(), articles: corpus.articles.length, events: corpus.events.length })}\n`);
