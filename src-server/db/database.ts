/**
 * The one seam between the server and its SQL engine. Both engines speak PostgreSQL, so the
 * SQL is identical; only connection handling differs (one in-process PGlite vs a `pg` pool).
 */
export type DatabaseKind = 'pglite' | 'postgres';

/** What a query can run on: the database itself or an open transaction. */
export type Queryable = {
  /** One statement with `$1`-style parameters; rows come back as the driver parses them. */
  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
};

export type Database = Queryable & {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};
