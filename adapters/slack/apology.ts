/** The one short apology every Slack entry point answers with after it has logged the failure. */
import { isBotError } from '../../src/errors.js';
import type { SlackMessage } from './slack-blocks.js';
import { section } from './slack-blocks.js';

const TEXT = 'Sorry, something went wrong while answering that. The error has been logged; please try again in a minute.';

export const apology = (): SlackMessage => ({ text: TEXT, blocks: [section(TEXT)] });

export const errorCode = (error: unknown): string => (isBotError(error) ? error.code : 'internal');
