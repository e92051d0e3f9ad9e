// `npm start`'s pre-step: transpiles src/ and adapters/ to dist/ with esbuild when any source is newer than the last
// build, so the bot starts as plain JavaScript (no TypeScript loader: about 400 ms less start-up) and never runs stale code.
// Type checking stays with `npm test` (tsc --noEmit); `npm run build` is the type-checked build the Docker image uses.
import { build } from 'esbuild';
import { readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.fast-build');

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const files = ['src', 'adapters'].flatMap((d) => sources(path.join(root, d)));
const newest = Math.max(...files.map((f) => statSync(f).mtimeMs), statSync(path.join(root, 'package.json')).mtimeMs);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < newest) {
  await build({ entryPoints: files, outdir: path.join(root, 'dist'), outbase: root, format: 'esm', platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' });
  writeFileSync(stamp, new Date().toISOString());
}
