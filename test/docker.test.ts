import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, type Instruction, type Stage } from '../scripts/replay-dockerfile.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stages = parseDockerfile(readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8'));
const steps = <K extends Instruction['kind']>(stage: Stage | undefined, kind: K) =>
  (stage?.steps ?? []).filter((s): s is Extract<Instruction, { kind: K }> => s.kind === kind);
const [build, run] = stages;

describe('the Dockerfile (the full replay runs in .ci/run: scripts/replay-dockerfile.ts)', () => {
  it('builds with dev dependencies, prunes them, and runs the compiled output from a second stage', () => {
    expect(stages.map((s) => s.name)).toEqual(['build', 'run']);
    expect(steps(build, 'RUN').map((r) => r.command)).toEqual(['npm ci --no-audit --no-fund', 'npm run build', 'npm prune --omit=dev --no-audit --no-fund']);
    expect(steps(run, 'COPY').filter((c) => c.from === 'build').flatMap((c) => c.sources)).toEqual(expect.arrayContaining(['/app/node_modules', '/app/dist']));
  });

  it('runs as a non-root user with data baked in, var/ as a volume and a HEALTHCHECK on /healthz', () => {
    expect(steps(run, 'USER').map((u) => u.user)).toEqual(['node']);
    expect(steps(run, 'COPY').some((c) => c.sources.includes('data') && c.from === null)).toBe(true);
    expect((run?.steps ?? []).filter((s) => s.kind === 'VOLUME').map((v) => (v as { value: string }).value)).toEqual(['["/app/var"]']);
    expect(steps(run, 'ENV').some((e) => e.vars.SUMMIT_STATE_DIR === '/app/var')).toBe(true);
    expect(steps(run, 'HEALTHCHECK')[0]?.command.join(' ')).toContain('/healthz');
  });

  it('starts node itself (exec form), so SIGTERM reaches the process that stops gracefully', () => {
    expect(steps(run, 'CMD')[0]?.command).toEqual(['node', 'dist/src/main.js']);
    const main = readFileSync(path.join(repoRoot, 'src', 'main.ts'), 'utf8');
    expect(main).toContain("'SIGTERM'");
  });

  it('copies only paths a clean checkout has, and the build compiles what main needs', () => {
    const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n'));
    const fromContext = stages.flatMap((s) => steps(s, 'COPY')).filter((c) => c.from === null).flatMap((c) => c.sources);
    for (const source of fromContext) expect([...tracked].some((f) => f === source || f.startsWith(`${source}/`)), source).toBe(true);
    const buildConfig = JSON.parse(readFileSync(path.join(repoRoot, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    expect(buildConfig.include).toEqual(expect.arrayContaining(['src', 'adapters']));
  });

  it('rejects a recipe the replay could not honour, instead of skipping it', () => {
    expect(() => parseDockerfile('FROM node:20 AS x\nADD https://example.org/x /x\n')).toThrow(/not replayed: ADD/);
    expect(() => parseDockerfile('FROM node:20 AS x\nCMD node dist/src/main.js\n')).toThrow(/exec form/);
  });

  it('CI replays the Dockerfile', () => {
    expect(readFileSync(path.join(repoRoot, '.ci', 'run'), 'utf8')).toContain('scripts/replay-dockerfile.ts');
  });
});
