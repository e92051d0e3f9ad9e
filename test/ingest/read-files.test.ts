import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../../src/ingest/read-files.js';

const GOOD = 'Title: Ferry returns\n\nThe island ferry resumed service on Monday. Fares are unchanged.\n';
let dir: string;
let outside: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'summit-ingest-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'summit-outside-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const write = (name: string, content: string | Buffer): string => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
};

describe('readArticleFiles', () => {
  it('reads every article file in a folder, recursively and in name order, skipping other files', async () => {
    write('b.txt', GOOD);
    write('a.md', '# Dock strike ends\n\nWorkers returned on Friday.\n');
    write('sub/c.html', '<html><head><title>Port</title></head><body><p>The port reopened on Sunday.</p></body></html>');
    write('notes.json', '{}');
    write('.hidden.txt', GOOD);
    const result = await readArticleFiles([dir]);
    expect(result.errors).toEqual([]);
    expect(result.articles.map((a) => a.file)).toEqual(['a.md', 'b.txt', 'c.html']);
    expect(result.skipped).toBe(2);
  });

  it('gives each bad file a clear error and still reads the good ones', async () => {
    write('good.txt', GOOD);
    write('empty.txt', '');
    write('binary.txt', Buffer.from([0x54, 0x68, 0x00, 0x01, 0x02, 0x65]));
    write('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]));
    write('big.txt', `${'The ferry ran. '.repeat(200)}\n`);
    writeFileSync(path.join(outside, 'secret.txt'), GOOD);
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    const result = await readArticleFiles([dir], { maxBytes: 1000 });
    expect(result.articles.map((a) => a.file)).toEqual(['good.txt']);
    const byFile = Object.fromEntries(result.errors.map((e) => [path.basename(e.file), e]));
    expect(byFile['empty.txt']).toMatchObject({ code: 'empty', message: 'file is empty' });
    expect(byFile['binary.txt']).toMatchObject({ code: 'binary' });
    expect(byFile['binary.txt']?.message).toMatch(/binary/);
    expect(byFile['latin1.txt']).toMatchObject({ code: 'bad-encoding' });
    expect(byFile['big.txt']).toMatchObject({ code: 'too-large' });
    expect(byFile['big.txt']?.message).toMatch(/over the 1000 bytes limit/);
    expect(byFile['link.txt']).toMatchObject({ code: 'outside-root' });
    expect(result.errors.every((e) => e.file.startsWith(dir))).toBe(true);
  });

  it('follows a link that stays inside the folder', async () => {
    write('real/one.txt', GOOD);
    symlinkSync(path.join(dir, 'real/one.txt'), path.join(dir, 'alias.txt'));
    const result = await readArticleFiles([path.join(dir, 'alias.txt'), path.join(dir, 'real')]);
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(1);
  });

  it('reports a file it cannot read', async () => {
    const file = write('locked.txt', GOOD);
    chmodSync(file, 0o000);
    const result = await readArticleFiles([file]);
    // root reads through chmod 000, so only a non-root run can see the refusal
    if (process.getuid?.() === 0) expect(result.articles).toHaveLength(1);
    else expect(result.errors[0]).toMatchObject({ code: 'unreadable', file });
  });

  it('reports a missing path and a folder given where an article was expected', async () => {
    const result = await readArticleFiles([path.join(dir, 'missing.txt'), path.join(dir, 'notes.csv')]);
    expect(result.errors.map((e) => e.code)).toEqual(['not-found', 'not-found']);
    write('notes.csv', 'a,b');
    const second = await readArticleFiles([path.join(dir, 'notes.csv')]);
    expect(second.errors[0]).toMatchObject({ code: 'unsupported-type' });
  });

  it('keeps a byte-order mark, so offsets index the text exactly as readFileSync returns it', async () => {
    const file = write('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Title: Ferry returns\n\nBEIJING: The island ferry resumed service on Monday. Fares are unchanged.\n')]));
    const [article] = (await readArticleFiles([dir])).articles;
    const asNodeReadsIt = readFileSync(file, 'utf8');
    expect(asNodeReadsIt.startsWith('\ufeff')).toBe(true);
    expect(article?.title).toBe('Ferry returns');
    expect(article?.sentences.map((s) => s.text)).toEqual(['The island ferry resumed service on Monday.', 'Fares are unchanged.']);
    for (const s of article?.sentences ?? []) expect(asNodeReadsIt.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
    expect(article?.sentences[0]?.offset).toBe(asNodeReadsIt.indexOf('The island'));
  });

  it('counts the byte-order mark before a headline-only layout too', async () => {
    const file = write('bom-plain.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ferries are back\n\nThe island ferry resumed service on Monday.\n')]));
    const [article] = (await readArticleFiles([file])).articles;
    expect(article?.title).toBe('Ferries are back');
    expect(article?.sentences[0]?.offset).toBe(readFileSync(file, 'utf8').indexOf('The island'));
  });

  it('reports progress once per file and gives re-read unchanged files the same ids', async () => {
    write('a.txt', GOOD);
    write('b.txt', GOOD.replace('Monday', 'Tuesday'));
    const calls: [number, number][] = [];
    const first = await readArticleFiles([dir], { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls).toEqual([[1, 2], [2, 2]]);
    const again = await readArticleFiles([dir]);
    expect(again.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id));
    write('b.txt', GOOD.replace('Monday', 'Wednesday'));
    const changed = await readArticleFiles([dir]);
    expect(changed.articles[0]?.id).toBe(first.articles[0]?.id);
    expect(changed.articles[1]?.id).not.toBe(first.articles[1]?.id);
  });
});
