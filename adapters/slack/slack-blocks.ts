/** The few Block Kit shapes Summit sends, built so every text is escaped, verbatim and inside Slack's limits. */
import { clipEscaped, escapeSlackText } from './escape-text.js';
import { SLACK_LIMITS } from './slack-limits.js';

export interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
  /** Always true: no auto-linking of channel names or "certain mentions" in text we did not write. */
  readonly verbatim: true;
}
export interface ButtonElement {
  readonly type: 'button';
  readonly text: { readonly type: 'plain_text'; readonly text: string; readonly emoji: false };
  readonly action_id: string;
  readonly value: string;
  readonly style?: 'primary';
}
export type SlackBlock =
  | { readonly type: 'section'; readonly text: MrkdwnText }
  | { readonly type: 'context'; readonly elements: readonly MrkdwnText[] }
  | { readonly type: 'actions'; readonly elements: readonly ButtonElement[] }
  | { readonly type: 'divider' };

/** What every send carries: blocks for the eye, `text` for notifications, screen readers and old clients. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

/** `markup` is our own mrkdwn (bold, quotes) around already-escaped parts; it is clipped to the section limit. */
export const markdown = (markup: string, limit: number = SLACK_LIMITS.sectionText): MrkdwnText => ({
  type: 'mrkdwn',
  text: clipEscaped(markup === '' ? ' ' : markup, limit),
  verbatim: true,
});

export const section = (markup: string): SlackBlock => ({ type: 'section', text: markdown(markup) });

export const context = (parts: readonly string[]): SlackBlock => ({
  type: 'context',
  elements: parts.slice(0, SLACK_LIMITS.contextElements).map((part) => markdown(part, SLACK_LIMITS.contextText)),
});

/** Plain user-facing label (plain_text is never parsed for mentions); the value comes back to us on click. */
export function button(label: string, actionId: string, value: string, primary = false): ButtonElement {
  return {
    type: 'button',
    text: { type: 'plain_text', text: label.slice(0, SLACK_LIMITS.buttonText), emoji: false },
    action_id: actionId,
    value: value.slice(0, SLACK_LIMITS.buttonValue),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** Text the user (or an article) wrote, ready to sit inside our mrkdwn. */
export const untrusted = (text: string): string => escapeSlackText(text);
