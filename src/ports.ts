/** What the core and the edges need from outside, as small role interfaces. */
import type { IsoDate } from './domain.js';

export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** The calendar day "now", in UTC unless a caller says otherwise; injected so the core never reads the wall clock. */
export interface Clock {
  today(): IsoDate;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
