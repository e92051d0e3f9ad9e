import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli.js';
import { fixtureCorpusDir } from './fakes/fixture-corpus.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function summit(args: string[], env: Record<string, string> = {}, stdinText = ''): Promise<Run> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let errText = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (errText += c.toString()));
  stdin.end(stdinText);
  const code = await runCli(args, { LOG_LEVEL: 'silent', ...env }, { stdin, stdout, stderr });
  return { code, stdout: out, stderr: errText };
}

const json = (run: Run): unknown => JSON.parse(run.stdout);

describe('summit command line (the DESIGN.md contract)', () => {
  it('ingest --json lists articles and per-file errors, exit 0 when at least one article was read', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-cli-'));
    writeFileSync(path.join(dir, 'good.txt'), 'date 2024-05-16\nTitle: Leaders meet\n\nXi Jinping met Vladimir Putin in Beijing on Thursday. They signed a statement.\n');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const run = await summit(['ingest', dir, '--json']);
    expect(run.code).toBe(0);
    const body = json(run) as { articles: { file: string; published: string }[]; errors: { file: string; message: string }[] };
    expect(body.articles.map((a) => [a.file, a.published])).toEqual([['good.txt', '2024-05-16']]);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]?.file).toMatch(/empty\.txt$/);
    expect(run.stderr).toMatch(/read 1 article/);
    expect((await summit(['ingest', dir, '--json', '--strict'])).code).toBe(1);
  });

  it('timex --json prints spans whose offsets point into the file', async () => {
    const file = path.join(fixtureCorpusDir, 'kremlin-state-visit.txt');
    const run = await summit(['timex', file, '--json']);
    expect(run.code).toBe(0);
    const timexes = json(run) as { text: string; offset: number; type: string; value: string }[];
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    expect(timexes.length).toBeGreaterThan(2);
    for (const t of timexes) expect(text.slice(t.offset, t.offset + t.text.length)).toBe(t.text);
    expect(timexes.find((t) => t.text === 'Wednesday')?.value).toBe('2019-06-05');
  });

  it('timex offsets point into the file even where Markdown link syntax was cleaned out of the sentence', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'summit-cli-'));
    const file = path.join(dir, 'linked.md');
    const text = '# Talks\n\nPublished: 2024-05-17\n\nPutin met [Chinese President Xi Jinping](https://example.org/xi) in Beijing on Thursday.\n';
    writeFileSync(file, text);
    const timexes = json(await summit(['timex', file, '--json'])) as { text: string; offset: number; value: string }[];
    const thursday = timexes.find((t) => t.text === 'Thursday');
    expect(thursday?.value).toBe('2024-05-16');
    expect(text.slice(thursday!.offset, thursday!.offset + 'Thursday'.length)).toBe('Thursday');
  });

  it('timeline --json gives events in date order, central only unless --all', async () => {
    const central = json(await summit(['timeline', '--data', fixtureCorpusDir, '--json'])) as { events: { date: string; central: boolean }[] };
    const all = json(await summit(['timeline', '--data', fixtureCorpusDir, '--all', '--json'])) as { events: { date: string }[] };
    expect(central.events.length).toBeGreaterThan(0);
    expect(central.events.every((e) => e.central)).toBe(true);
    expect(all.events.length).toBeGreaterThanOrEqual(central.events.length);
    const dates = all.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    const ranged = json(await summit(['timeline', '--data', fixtureCorpusDir, '--from', '2022', '--to', '2022', '--json'])) as { events: { date: string }[] };
    expect(ranged.events.every((e) => e.date.startsWith('2022'))).toBe(true);
  });

  it('onthisday --json returns the month-day and its events', async () => {
    const run = await summit(['onthisday', '09-15', '--data', fixtureCorpusDir, '--json', '--today', '2026-01-01']);
    const body = json(run) as { date: string; events: { date: string }[] };
    expect(body.date).toBe('09-15');
    expect(body.events.map((e) => e.date)).toContain('2022-09-15');
  });

  it('ask and search --json follow the contract shapes', async () => {
    const asked = json(await summit(['ask', 'When did Xi and Putin meet in Samarkand?', '--data', fixtureCorpusDir, '--json'])) as Record<string, unknown>;
    expect(Object.keys(asked).sort()).toEqual(['answer', 'citations', 'date', 'events']);
    const searched = json(await summit(['search', 'Samarkand', '--limit', '2', '--data', fixtureCorpusDir, '--json'])) as { hits: Record<string, unknown>[] };
    expect(searched.hits.length).toBeGreaterThan(0);
    expect(searched.hits.length).toBeLessThanOrEqual(2);
    expect(Object.keys(searched.hits[0]!).sort()).toEqual(['article', 'citation', 'score', 'sentence']);
  });

  it('reports errors on stderr with a non-zero exit, and as { error } on stdout with --json', async () => {
    const run = await summit(['event', 'no-such-id', '--data', fixtureCorpusDir, '--json']);
    expect(run.code).not.toBe(0);
    expect(json(run)).toEqual({ error: { code: 'not-found', message: expect.stringContaining('no-such-id') } });
    expect(run.stderr).toContain('no-such-id');
    const bad = await summit(['search', 'x', '--limit', 'lots', '--json']);
    expect(bad.code).toBe(2);
    expect((json(bad) as { error: { code: string } }).error.code).toBe('bad_arguments');
    const unknown = await summit(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('stops with exit code 2 and names the variable when the environment is bad', async () => {
    const run = await summit(['timeline'], { LOG_LEVEL: 'loud' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/LOG_LEVEL: expected one of/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('the console reads piped lines and answers each as one JSON line with --json', async () => {
    const run = await summit(['console', '--data', fixtureCorpusDir, '--json'], {}, 'help\ntimeline\nevent nope\n');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0]!)).toHaveProperty('commands');
    expect(JSON.parse(lines[1]!)).toHaveProperty('events');
    expect(JSON.parse(lines[2]!)).toHaveProperty('error.code', 'not-found');
  });
});
