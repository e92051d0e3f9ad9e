/**
 * Replays the Dockerfile outside a container, so the recipe cannot rot on machines with no container engine: a clean
 * copy of the repository (tracked files) is the build context, each stage gets a folder standing in for its filesystem,
 * COPY/RUN/WORKDIR/ENV run as written, then the run stage's CMD is started and its HEALTHCHECK probed, and SIGTERM must
 * end it with exit code 0 within 10 s. `node --import tsx scripts/replay-dockerfile.ts` (a step of .ci/run).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export type Instruction =
  | { readonly kind: 'WORKDIR'; readonly dir: string }
  | { readonly kind: 'COPY'; readonly from: string | null; readonly sources: readonly string[]; readonly dest: string }
  | { readonly kind: 'RUN'; readonly command: string }
  | { readonly kind: 'ENV'; readonly vars: Readonly<Record<string, string>> }
  | { readonly kind: 'USER'; readonly user: string }
  | { readonly kind: 'VOLUME' | 'EXPOSE' | 'STOPSIGNAL'; readonly value: string }
  | { readonly kind: 'HEALTHCHECK'; readonly command: readonly string[] }
  | { readonly kind: 'CMD'; readonly command: readonly string[] };

export interface Stage {
  readonly name: string;
  readonly image: string;
  readonly steps: Instruction[];
}

/** Parses the subset of Dockerfile syntax the replay can honour; anything else is an error, not silently skipped. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  const logical = text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  for (const line of logical) {
    const [, keyword = '', rest = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    const stage = stages.at(-1);
    if (keyword === 'FROM') {
      const [, image = '', name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest) ?? [];
      stages.push({ name: name ?? `stage${stages.length}`, image, steps: [] });
      continue;
    }
    if (!stage) throw new Error(`Dockerfile: ${keyword} before FROM`);
    switch (keyword) {
      case 'WORKDIR': stage.steps.push({ kind: 'WORKDIR', dir: rest }); break;
      case 'RUN': stage.steps.push({ kind: 'RUN', command: rest }); break;
      case 'USER': stage.steps.push({ kind: 'USER', user: rest }); break;
      case 'VOLUME': case 'EXPOSE': case 'STOPSIGNAL': stage.steps.push({ kind: keyword, value: rest }); break;
      case 'ENV': stage.steps.push({ kind: 'ENV', vars: Object.fromEntries([...rest.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])) }); break;
      case 'COPY': {
        const words = rest.split(/\s+/);
        const from = words[0]?.startsWith('--from=') ? words.shift()!.slice('--from='.length) : null;
        if (words.some((w) => w.startsWith('--'))) throw new Error(`Dockerfile: COPY option not replayed: ${line}`);
        stage.steps.push({ kind: 'COPY', from, sources: words.slice(0, -1), dest: words.at(-1) ?? '.' });
        break;
      }
      case 'HEALTHCHECK': stage.steps.push({ kind: 'HEALTHCHECK', command: execForm(rest.replace(/^(--\S+\s+)*CMD\s+/, ''), line) }); break;
      case 'CMD': stage.steps.push({ kind: 'CMD', command: execForm(rest, line) }); break;
      default: throw new Error(`Dockerfile: instruction not replayed: ${keyword}`);
    }
  }
  return stages;
}

/** Only the exec form: with the shell form, sh would be PID 1 and SIGTERM would not reach node. */
function execForm(text: string, line: string): string[] {
  const parsed: unknown = JSON.parse(text.trim().startsWith('[') ? text : 'null');
  if (!Array.isArray(parsed) || parsed.some((p) => typeof p !== 'string')) throw new Error(`Dockerfile: exec form (JSON array) expected: ${line}`);
  return parsed as string[];
}

interface StageState {
  readonly root: string;
  workdir: string;
  env: Record<string, string>;
  health: readonly string[] | null;
  cmd: readonly string[] | null;
}

const freePort = (): Promise<number> => new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});

export async function replayDockerfile(log: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const work = mkdtempSync(path.join(os.tmpdir(), 'summit-docker-replay-'));
  const timed = <T>(name: string, step: () => T): T => {
    const started = performance.now();
    const result = step();
    timings[name] = Math.round(performance.now() - started);
    return result;
  };
  try {
    // The build context: what a clean clone holds, the committed tree (no node_modules, dist, var, nor work in progress).
    const context = path.join(work, 'context');
    mkdirSync(context);
    timed('context', () => execFileSync('sh', ['-c', `git -C "${repoRoot}" archive --format=tar HEAD | tar -x -C "${context}"`]));
    // Outside a container the image's users do not exist: chown is a no-op here (the static test checks USER instead).
    const shims = path.join(work, 'shims');
    mkdirSync(shims);
    writeFileSync(path.join(shims, 'chown'), '#!/bin/sh\nexit 0\n');
    chmodSync(path.join(shims, 'chown'), 0o755);

    const stages = parseDockerfile(readFileSync(path.join(context, 'Dockerfile'), 'utf8'));
    const states = new Map<string, StageState>();
    const inStage = (state: StageState, p: string): string => path.join(state.root, path.isAbsolute(p) ? p : path.join(state.workdir, p));
    const hostEnv = { PATH: `${shims}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? os.homedir(), npm_config_prefer_offline: 'true' };
    const mappedEnv = (state: StageState): Record<string, string> =>
      Object.fromEntries(Object.entries(state.env).map(([k, v]) => [k, path.isAbsolute(v) ? path.join(state.root, v) : v]));
    for (const stage of stages) {
      const state: StageState = { root: path.join(work, `stage-${stage.name}`), workdir: '/', env: {}, health: null, cmd: null };
      states.set(stage.name, state);
      for (const step of stage.steps) {
        if (step.kind === 'WORKDIR') {
          state.workdir = path.posix.resolve(state.workdir, step.dir);
          mkdirSync(inStage(state, '.'), { recursive: true });
        } else if (step.kind === 'ENV') state.env = { ...state.env, ...step.vars };
        else if (step.kind === 'COPY') {
          const from = step.from ? states.get(step.from) : null;
          if (step.from && !from) throw new Error(`COPY --from=${step.from}: no such stage`);
          for (const source of step.sources) {
            const src = from ? inStage(from, source) : path.join(context, source);
            const dest = step.dest.endsWith('/') || step.sources.length > 1 ? path.join(inStage(state, step.dest), path.basename(source)) : inStage(state, step.dest);
            cpSync(src, dest, { recursive: true });
          }
        } else if (step.kind === 'RUN') {
          log(`[${stage.name}] RUN ${step.command}`);
          const run = timed(`${stage.name}: ${step.command}`, () => spawnSync('sh', ['-c', step.command], { cwd: inStage(state, '.'), env: { ...hostEnv, ...mappedEnv(state) }, stdio: ['ignore', 'inherit', 'inherit'] }));
          if (run.status !== 0) throw new Error(`[${stage.name}] RUN ${step.command} failed with ${run.status}`);
        } else if (step.kind === 'HEALTHCHECK') state.health = step.command;
        else if (step.kind === 'CMD') state.cmd = step.command;
      }
    }
    const final = [...states.values()].at(-1);
    if (!final?.cmd || !final.health) throw new Error('the last stage needs a CMD and a HEALTHCHECK');
    for (const dev of ['typescript', 'vitest', 'eslint']) {
      if (existsSync(inStage(final, `node_modules/${dev}`))) throw new Error(`dev dependency ${dev} is in the run stage: the prune did not happen`);
    }
    const env = { ...hostEnv, ...mappedEnv(final), PORT: String(await freePort()) };
    const [command = '', ...args] = final.cmd;
    log(`[run] CMD ${final.cmd.join(' ')} (PORT=${env.PORT})`);
    const started = performance.now();
    const child = spawn(command, args, { cwd: inStage(final, '.'), env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    try {
      const [probe = '', ...probeArgs] = final.health;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`the run command exited with ${child.exitCode}:\n${stderr}`);
        if (spawnSync(probe, probeArgs, { env, timeout: 5_000 }).status === 0) break;
        if (performance.now() - started > 60_000) throw new Error(`HEALTHCHECK never passed within 60 s:\n${stderr}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      timings['start → healthy'] = Math.round(performance.now() - started);
      const signalled = performance.now();
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
      if (code !== 0) throw new Error(`after SIGTERM: ${code === 'timeout' ? 'still running after 10 s' : `exit code ${code}`}\n${stderr}`);
      timings['SIGTERM → exit 0'] = Math.round(performance.now() - signalled);
    } finally {
      child.kill('SIGKILL');
    }
    return timings;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const timings = await replayDockerfile();
  process.stdout.write(`Dockerfile replay passed: ${Object.entries(timings).map(([k, v]) => `${k} ${v} ms`).join('; ')}\n`);
}
