/** Slack's published limits that the renderer and the HTTP mount depend on, in one place. */
export const SLACK_LIMITS = {
  /** Block Kit: "up to 50 blocks in each message, and 100 blocks in modals or Home tabs". */
  messageBlocks: 50,
  homeBlocks: 100,
  /** Section text: at most 3,000 characters. */
  sectionText: 3000,
  /** Context block: at most 10 elements; we keep each element's text well under the section limit. */
  contextElements: 10,
  contextText: 2000,
  /** Buttons: label at most 75 characters, value at most 2,000. */
  buttonText: 75,
  buttonValue: 2000,
  /** Top-level `text` is the notification and fallback; Slack truncates past 40,000 and advises far less. */
  fallbackText: 3000,
  /** Bolt 5.1's default bodyLimit (PR #3057): larger request bodies get 413 before their signature is even checked. */
  bodyBytes: 4 * 1024 * 1024,
  /** Slack's replay window for X-Slack-Request-Timestamp, in seconds (bolt checks only the past side). */
  timestampSkewSeconds: 300,
} as const satisfies Record<string, number>;

/** Items shown per message: more would bury the channel; `More` pages through the rest. */
export const ITEMS_PER_MESSAGE = 10;
