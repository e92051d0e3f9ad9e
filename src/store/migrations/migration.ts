/** One numbered schema change. Versions only grow; an applied migration is never edited, a new one is added. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}
