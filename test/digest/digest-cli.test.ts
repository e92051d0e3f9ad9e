import { PassThrough } from 'node:stream';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { answerCommand } from '../../src/engine/answer-command.js';
import type { IsoDate } from '../../src/domain.js';
import { corpusOfEvents, datedEvent } from '../fakes/fake-corpus.js';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'articles');

async function cli(args: string[], env: Record<string, string> = {}) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  const code = await runCli(args, { LOG_LEVEL: 'silent', ...env }, { stdin, stdout, stderr });
  return { code, out };
}

describe('summit digest --date YYYY-MM-DD --json', () => {
  it('prints the digest for 2026-12-15 from the seed articles', async () => {
    const { code, out } = await cli(['digest', '--date', '2026-12-15', '--json', '--data', dataDir]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { date: string; events: { date: string; central: boolean }[]; digest: { localDate: string; mode: string } };
    expect(json.date).toBe('12-15');
    expect(json.digest).toMatchObject({ localDate: '2026-12-15', mode: 'day' });
    expect(json.events.length).toBeGreaterThan(0);
    expect(json.events.every((e) => e.date.slice(5) === '12-15' && e.date < '2026')).toBe(true);
  });

  it('an empty day prints mode none (nothing would be posted) and a bad date fails with a code', async () => {
    const empty = JSON.parse((await cli(['digest', '--date', '2026-07-16', '--json', '--data', dataDir])).out) as { events: unknown[]; digest: { mode: string } };
    expect(empty).toMatchObject({ events: [], digest: { mode: 'none' } });
    const bad = await cli(['digest', '--date', '2026-13-01', '--json', '--data', dataDir]);
    expect(bad.code).not.toBe(0);
    expect(JSON.parse(bad.out)).toMatchObject({ error: { code: 'bad_arguments' } });
  });
});

describe('digest without a store (the engine’s answer)', () => {
  const corpus = { ...corpusOfEvents([datedEvent('call', '2021-12-15', 'day')]), articles: [{}] as never };
  it('previews a day, and explains that subscriptions need the running bot', () => {
    const today = '2026-12-15' as IsoDate;
    expect(answerCommand(corpus, { kind: 'digest', digest: { action: 'preview' } }, { today }).headline).toBe('On this day — 15 December');
    const subscribe = answerCommand(corpus, { kind: 'digest', digest: { action: 'subscribe' } }, { today });
    expect(subscribe.kind === 'problem' && subscribe.data.code).toBe('not-available');
  });
});
