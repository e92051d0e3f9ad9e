import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { withRequestId } from '../src/runtime/request-id.js';

function capture(secrets: string[] = []) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  const logger = createLogger({ level: 'debug', destination: out, pretty: false, secrets });
  return { logger, lines: () => text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('the production logger', () => {
  it('writes one JSON line per call, with the request id of the work in progress', async () => {
    const { logger, lines } = capture();
    await withRequestId(async () => {
      await Promise.resolve();
      logger.info('answered', { adapter: 'slack', ms: 3 });
    }, 'req-42');
    logger.info('outside');
    expect(lines()).toEqual([
      expect.objectContaining({ msg: 'answered', adapter: 'slack', ms: 3, reqId: 'req-42', level: 30 }),
      expect.not.objectContaining({ reqId: expect.anything() }),
    ]);
  });

  it('never writes a token: by field name at any depth, by token shape in messages and errors, and by configured value', () => {
    const signing = 'f3a9c1d2e4b5a6978899aabbccddeeff';
    const { logger, lines } = capture([signing]);
    const discordToken = `${'M'.padEnd(24, 'T')}.${'G'.padEnd(6, 'x')}.${'h'.repeat(27)}`;
    logger.error('slack call failed', {
      code: 'platform_send_failed',
      request: { headers: { authorization: 'Bearer xoxb-123-456-abcdef' }, body: { token: 'xoxb-1-2-3', text: 'hello' } },
      err: new Error(`invalid_auth for xoxb-1111-2222-abcdefghij and ${discordToken}`, { cause: new Error(`signing secret ${signing} rejected`) }),
      url: 'postgres://summit:hunter2-long-pass@db:5432/summit',
    });
    logger.warn(`connecting with Bot ${discordToken} and xapp-1-A0-99-ffff`);
    const text = JSON.stringify(lines());
    for (const secret of ['xoxb-123-456-abcdef', 'xoxb-1-2-3', 'xoxb-1111-2222-abcdefghij', discordToken, signing, 'hunter2-long-pass', 'xapp-1-A0-99-ffff']) {
      expect(text).not.toContain(secret);
    }
    const [first] = lines();
    expect(first).toMatchObject({ request: { body: { text: 'hello', token: '[redacted]' } }, url: 'postgres://summit:[redacted]@db:5432/summit' });
    expect((first?.err as { message: string }).message).toContain('xoxb-[redacted]');
  });

  it('leaves ordinary fields alone (token counts, words that merely contain "token")', () => {
    const { logger, lines } = capture();
    logger.info('search', { tokenCount: 4, query: 'tokens of friendship' });
    expect(lines()[0]).toMatchObject({ tokenCount: 4, query: 'tokens of friendship' });
  });
});
