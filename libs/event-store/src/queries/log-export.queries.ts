import { sql, type Kysely } from 'kysely';
import type { LogCheckpoint } from '../event-store.types.js';
import type { Database } from '../schema/database.generated.js';

/** The transaction horizon of this moment: events of transactions below it are all committed and visible. */
export async function snapshotHorizon(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(
    db,
  );
  return rows[0].xmin;
}

/**
 * One page of the log as NDJSON lines rendered by Postgres (as stored: no upcasting), after
 * `after` in gap-safe (transaction, position) order and below the `horizon` transaction.
 */
export async function exportLogPage(
  db: Kysely<Database>,
  after: LogCheckpoint,
  horizon: string,
  limit: number,
): Promise<Array<{ transaction_id: string; position: number; line: string }>> {
  const { rows } = await sql<{ transaction_id: string; position: number; line: string }>`
    select transaction_id::text as transaction_id, position,
           json_build_object(
             'position', position, 'transactionId', transaction_id::text,
             'streamId', stream_id, 'streamType', stream_type,
             'streamVersion', stream_version, 'eventId', event_id, 'type', type, 'schemaVersion', schema_version,
             'recordedAt', to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
             'data', data, 'metadata', metadata)::text as line
      from events
     where (transaction_id, position) > (${after.transactionId}::xid8, ${after.position}::bigint)
       and transaction_id < ${horizon}::xid8
     -- Qualified: the select list's text alias of transaction_id would otherwise be the sort key.
     order by events.transaction_id, events.position
     limit ${limit}`.execute(db);
  return rows;
}

/** Events of these types, oldest first, as stored (no upcasting): for folds of small streams across the log. */
export async function eventsOfTypes(
  db: Kysely<Database>,
  types: readonly string[],
  opts: { recordedBefore?: Date; limit?: number } = {},
): Promise<Array<{ stream_id: string; type: string; data: unknown; recorded_at: Date }>> {
  if (!types.length) return [];
  let q = db.selectFrom('events').select(['stream_id', 'type', 'data', 'recorded_at']).where('type', 'in', types);
  if (opts.recordedBefore) q = q.where('recorded_at', '<', opts.recordedBefore);
  q = q.orderBy('position');
  return opts.limit === undefined ? q.execute() : q.limit(opts.limit).execute();
}

/** When the first event at or after `position` was recorded; null past the head. */
export async function recordedAtFrom(db: Kysely<Database>, position: number): Promise<Date | null> {
  const row = await db
    .selectFrom('events')
    .select('recorded_at')
    .where('position', '>=', position)
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
  return row?.recorded_at ?? null;
}
