import { describe, expect, it } from 'vitest';
import { SUMMIT_COMMAND } from '../../../adapters/discord/summit-command.js';

type Node = { name: string; description?: string; type?: number; options?: readonly Node[]; autocomplete?: boolean; choices?: unknown };
const walk = (node: Node): Node[] => [node, ...(node.options ?? []).flatMap((o) => walk(o))];

describe('the /summit command definition', () => {
  const nodes = walk(SUMMIT_COMMAND as unknown as Node);

  it('offers every command of DESIGN.md as a subcommand', () => {
    const top = SUMMIT_COMMAND.options.map((o) => o.name);
    expect(top).toEqual(['ask', 'search', 'timeline', 'today', 'event', 'article', 'digest', 'help']);
    const digest = SUMMIT_COMMAND.options.find((o) => o.name === 'digest') as unknown as Node;
    expect(digest.options!.map((o) => o.name)).toEqual(['subscribe', 'unsubscribe', 'status', 'preview']);
  });

  it("keeps Discord's naming and size rules: lower-case names of 1–32, descriptions of 1–100, at most 25 options, 8,000 in all", () => {
    for (const node of nodes) {
      expect(node.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(node.description!.length).toBeGreaterThanOrEqual(1);
      expect(node.description!.length).toBeLessThanOrEqual(100);
      expect((node.options ?? []).length).toBeLessThanOrEqual(25);
    }
    expect(nodes.reduce((n, o) => n + o.name.length + (o.description?.length ?? 0), 0)).toBeLessThanOrEqual(8000);
  });

  it('autocompletes event ids and time zones, and never combines autocomplete with fixed choices', () => {
    const completed = nodes.filter((n) => n.autocomplete).map((n) => n.name);
    expect(completed.sort()).toEqual(['id', 'zone']);
    for (const node of nodes) if (node.autocomplete) expect(node.choices).toBeUndefined();
  });
});
