import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema/database.generated.js';

/**
 * The keeper's own small pool: renewals never wait behind the followers' batches for a
 * connection, and a renewal that hangs fails (statement timeout) well before the lease expires.
 */
export function openLeaseDatabase(
  connection: pg.ClientConfig,
  statementTimeoutMs: number,
): { db: Kysely<Database>; close(): Promise<void> } {
  const pool = new pg.Pool({
    ...connection,
    max: 2,
    application_name: 'claimtrail-follower-leases',
    options: [connection.options, `-c statement_timeout=${Math.max(100, Math.round(statementTimeoutMs))}`]
      .filter(Boolean)
      .join(' '),
  });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let closed = false;
  return {
    db,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
