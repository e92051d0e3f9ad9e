/** Prints the README's configuration table from the zod schema: `npm run config-table`, pasted between the markers. */
import { pathToFileURL } from 'node:url';
import { describeConfig } from '../src/config.js';

export function configTable(): string {
  const rows = describeConfig().map((row) => `| \`${row.name}\` | ${row.default === undefined ? '—' : row.default === '' ? '(empty)' : `\`${row.default}\``} | ${row.description} |`);
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(`${configTable()}\n`);
