import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipEscaped, escapeSlackText } from '../../../adapters/slack/escape-text.js';
import { slackTextToPlain } from '../../../adapters/slack/translate-text.js';
import { liveMentions } from '../../fakes/fake-slack-api.js';

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<!channel>', '<!here|here>', '<!everyone>', '<@U123>', '<!subteam^S1>', '<https://evil|bank.com>', '&lt;', '*bold*', '&', '<', '>'),
);
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('escapeSlackText', () => {
  it('leaves no < or >, and every & starts one of the three entities (10,000 cases)', () => {
    fc.assert(fc.property(fc.array(hostile, { maxLength: 8 }).map((parts) => parts.join(' ')), (text) => {
      const escaped = escapeSlackText(text);
      expect(escaped).not.toMatch(/[<>]/);
      expect(escaped.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
      expect(liveMentions(escaped)).toEqual([]);
      expect(unescape(escaped)).toBe(text);
    }), { numRuns: 10_000 });
  });

  it('escapes & first, so text that already looks escaped stays literal', () => {
    expect(escapeSlackText('&lt;!channel&gt; <@U1> a & b')).toBe('&amp;lt;!channel&amp;gt; &lt;@U1&gt; a &amp; b');
  });

  it('never cuts an entity in half when clipping', () => {
    expect(clipEscaped('abc &amp; def', 6)).toBe('abc …');
    expect(clipEscaped('short', 10)).toBe('short');
  });
});

describe('slackTextToPlain', () => {
  it.each([
    ['<@UBOT> when did Xi visit Moscow?', 'when did Xi visit Moscow?'],
    ['search &lt;!channel&gt; &amp; more', 'search <!channel> & more'],
    ['<!here> timeline', '@here timeline'],
    ['see <#C123|general> and <https://example.com|the site>', 'see #general and the site'],
    ['<https://example.com>', 'https://example.com'],
  ])('%s → %s', (input, plain) => {
    expect(slackTextToPlain(input)).toBe(plain);
  });
});
