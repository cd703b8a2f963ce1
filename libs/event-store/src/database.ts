import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';

// bigint (int8) arrives as a number (positions and versions stay far below 2^53). Per pool, not
// global: another library in the same process (emmett, in the benchmark) may set its own parsers.
const INT8 = 20;
pg.types.setTypeParser(INT8, (v) => Number(v));
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 && format !== 'binary' ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as any)) as typeof pg.types.getTypeParser,
};

export interface DatabaseOptions {
  url: string;
  /** Role the sessions switch to at connect time; undefined keeps the login role. */
  role?: string;
  poolMax?: number;
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  applicationName?: string;
}

export interface Database<DB = any> {
  db: Kysely<DB>;
  pool: pg.Pool;
  close(): Promise<void>;
}

export function createPool(opts: DatabaseOptions): pg.Pool {
  const settings: string[] = [];
  if (opts.role) settings.push(`-c role=${opts.role}`);
  if (opts.statementTimeoutMs !== undefined) settings.push(`-c statement_timeout=${opts.statementTimeoutMs}`);
  if (opts.idleInTransactionTimeoutMs !== undefined) {
    settings.push(`-c idle_in_transaction_session_timeout=${opts.idleInTransactionTimeoutMs}`);
  }
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolMax ?? 10,
    application_name: opts.applicationName ?? 'claimtrail',
    options: settings.length ? settings.join(' ') : undefined,
    types,
  });
  // A dropped connection must not crash the process: idle ones are replaced by the pool, and a
  // checked-out one fails its query (the caller's transaction rolls back) instead of throwing.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}

export function createDatabase<DB = any>(opts: DatabaseOptions): Database<DB> {
  const pool = createPool(opts);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    pool,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}

/** Replaces the database name in a connection URL. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
