/** The few database calls the SQL store needs, met by both a `pg` Pool and PGlite, so one set of SQL serves both. */

export type SqlParam = string | number | boolean | Date | null;

export interface SqlQuery {
  /** One statement with `$n` parameters; rows as plain objects keyed by column name. */
  query<Row>(text: string, params?: readonly SqlParam[]): Promise<readonly Row[]>;
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface SqlClient extends SqlQuery {
  /** Runs `work` in one transaction on one connection: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
