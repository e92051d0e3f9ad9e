/** Chat text → Command: the one grammar every surface (console, CLI, Slack, Discord) shares. */

export type DigestAction =
  | { readonly action: 'subscribe'; readonly time?: string; readonly timeZone?: string }
  | { readonly action: 'unsubscribe' }
  | { readonly action: 'status' }
  | { readonly action: 'preview'; readonly date?: string };

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'ask'; readonly question: string }
  | { readonly kind: 'search'; readonly text: string; readonly page: number }
  | { readonly kind: 'timeline'; readonly range: string; readonly all: boolean; readonly page: number }
  | { readonly kind: 'on-this-day'; readonly monthDay?: string; readonly window: number }
  | { readonly kind: 'event'; readonly id: string }
  | { readonly kind: 'article'; readonly id: string }
  | { readonly kind: 'digest'; readonly digest: DigestAction };

export type CommandKind = Command['kind'];

/** Longest chat input we look at: longer text is cut here, before any parsing, so no later step sees it. */
export const MAX_INPUT_LENGTH = 2000;
export const MAX_WINDOW_DAYS = 30;

/** Removes control characters (except tab/newline, folded to spaces) and mention markup the platforms prepend. */
export function normalizeInput(raw: string): string {
  return raw
    .slice(0, MAX_INPUT_LENGTH)
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pulls `page:N` / `--page N` out of the words; the rest is the command's argument. */
function takePage(text: string): { rest: string; page: number } {
  let page = 1;
  const rest = text
    .replace(/(?:^|\s)(?:page:|--page\s+)(\d{1,4})(?=\s|$)/i, (_m, n: string) => {
      page = Math.max(1, Number(n));
      return ' ';
    })
    .trim();
  return { rest, page };
}

function parseOnThisDay(args: string): Command {
  let window = 0;
  const rest = args
    .replace(/(?:^|\s)(?:--window\s+|window:|±)(\d{1,3})(?=\s|$)/i, (_m, n: string) => {
      window = Math.min(MAX_WINDOW_DAYS, Number(n));
      return ' ';
    })
    .trim();
  const monthDay = /^(\d{1,2})-(\d{1,2})$/.exec(rest);
  if (monthDay) return { kind: 'on-this-day', monthDay: `${monthDay[1]!.padStart(2, '0')}-${monthDay[2]!.padStart(2, '0')}`, window };
  // Anything else after `today` is treated as no date given; the engine explains the MM-DD form if it was a bad date.
  return rest ? { kind: 'on-this-day', monthDay: rest, window } : { kind: 'on-this-day', window };
}

function parseDigest(args: string): Command {
  const [verb = 'status', ...rest] = args.split(' ').filter(Boolean);
  switch (verb.toLowerCase()) {
    case 'subscribe': {
      const time = rest.find((w) => /^\d{1,2}:\d{2}$/.test(w));
      const timeZone = rest.find((w) => !/^\d{1,2}:\d{2}$/.test(w));
      return { kind: 'digest', digest: { action: 'subscribe', ...(time ? { time } : {}), ...(timeZone ? { timeZone } : {}) } };
    }
    case 'unsubscribe':
      return { kind: 'digest', digest: { action: 'unsubscribe' } };
    case 'preview':
      return { kind: 'digest', digest: { action: 'preview', ...(rest[0] ? { date: rest[0] } : {}) } };
    default:
      return { kind: 'digest', digest: { action: 'status' } };
  }
}

/** Never fails: text that is not a command is a question. */
export function parseCommand(raw: string): Command {
  const text = normalizeInput(raw).replace(/^\/?summit\s+/i, '');
  const match = /^\/?([a-z-]+)(?:\s+([\s\S]*))?$/i.exec(text);
  const word = match?.[1]?.toLowerCase() ?? '';
  const args = (match?.[2] ?? '').trim();
  switch (word) {
    case '':
    case 'help':
      return text === '' || word === 'help' ? { kind: 'help' } : { kind: 'ask', question: text };
    case 'ask':
      return args ? { kind: 'ask', question: args } : { kind: 'help' };
    case 'search':
    case 'find': {
      const { rest, page } = takePage(args);
      return { kind: 'search', text: rest, page };
    }
    case 'timeline': {
      const { rest, page } = takePage(args);
      const all = /(?:^|\s)(?:--all|all)(?=\s|$)/i.test(rest);
      return { kind: 'timeline', range: rest.replace(/(?:^|\s)(?:--all|all)(?=\s|$)/gi, ' ').trim(), all, page };
    }
    case 'today':
    case 'onthisday':
    case 'on-this-day':
      return parseOnThisDay(args);
    case 'event':
      return args ? { kind: 'event', id: args.split(' ')[0]! } : { kind: 'help' };
    case 'article':
      return args ? { kind: 'article', id: args.split(' ')[0]! } : { kind: 'help' };
    case 'digest':
      return parseDigest(args);
    default:
      return { kind: 'ask', question: text };
  }
}
