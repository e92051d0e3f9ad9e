import { describe, expect, it } from 'vitest';
import { maskLinkTargets, sourceIndexOf, stripInlineMarkdown } from '../../src/ingest/strip-markdown.js';

describe('stripInlineMarkdown', () => {
  it.each([
    ['**Lisbon** said [Harbour Wire](https://x.org/a_b/Xi.Pu) reported.', 'Lisbon said Harbour Wire reported.', 2],
    ['A *big* deal and __bold__ news.', 'A big deal and bold news.', 0],
    ['![crane](c.jpg) The cranes stood idle.', 'The cranes stood idle.', 16],
    ['See `code`, ~~old~~ and <https://x.org/a>.', 'See code, old and https://x.org/a.', 0],
    ['_Monday_ brought [the vote][1].', 'Monday brought the vote.', 1],
  ])('%j → %j (lead %i)', (source, text, lead) => {
    expect(stripInlineMarkdown(source)).toEqual({ text, lead });
  });

  it.each([['snake_case names and 5 * 3 = 15 stay.'], ['Two  spaces stay when nothing is removed.'], ['A <b> tag is not a link.']])(
    'leaves %j exactly as written',
    (source) => {
      expect(stripInlineMarkdown(source)).toEqual({ text: source, lead: 0 });
    },
  );
});

describe('maskLinkTargets', () => {
  it('overwrites link targets with letters of the same length', () => {
    const text = 'The [report](https://x.org/A.Bc) came out. Next.';
    const masked = maskLinkTargets(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('The [report](xxxxxxxxxxxxxxxxxx) came out. Next.');
    expect(maskLinkTargets('No links here.')).toBe('No links here.');
  });
});

describe('sourceIndexOf', () => {
  const file = 'Intro.\nThe **cooperative** added [four villages](https://x.org/2023/05/12) on 12 May 2023.';
  const sentence = { offset: file.indexOf('The **'), text: 'The cooperative added four villages on 12 May 2023.' };

  it('maps a character after removed markup back to the file', () => {
    const at = sentence.text.indexOf('12 May 2023');
    expect(sourceIndexOf(file, sentence, at)).toBe(file.indexOf('12 May 2023'));
    expect(sourceIndexOf(file, sentence, sentence.text.indexOf('four'))).toBe(file.indexOf('four'));
  });

  it('is offset + index for a verbatim sentence', () => {
    const plain = { offset: 0, text: 'Intro.' };
    expect(sourceIndexOf(file, plain, 3)).toBe(3);
  });
});
