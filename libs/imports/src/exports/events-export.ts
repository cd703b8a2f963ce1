import { sql, type Kysely } from 'kysely';
import { LOG_START, type LogCheckpoint } from '@app/event-store';
import { ExportParameterError } from './export-errors.js';

export interface EventsExportOptions {
  /** The position of the last event already received (its line's `position`); 0 or absent: from the start. */
  fromPosition?: number;
  /** Rows fetched per query. */
  batchSize?: number;
}

/** Where an events export starts: right after the event at `fromPosition`, in log order. */
export async function eventsExportStart(db: Kysely<any>, fromPosition?: number): Promise<LogCheckpoint> {
  if (!fromPosition) return { ...LOG_START };
  const { rows } = await sql<{ transaction_id: string }>`
    select transaction_id::text as transaction_id from events where position = ${fromPosition}`.execute(db);
  if (!rows[0]) throw new ExportParameterError('fromPosition', `${fromPosition} is not the position of a recorded event: resume with the position of the last line received`);
  return { transactionId: rows[0].transaction_id, position: fromPosition };
}

/**
 * The log as NDJSON, one stored event a line (as stored: no upcasting), in the gap-safe log order
 * (transaction, position) that the projections follow, and only up to the transactions finished
 * when the export began. Resumable: `fromPosition` = the `position` of the last line received
 * continues right after it, with nothing skipped or repeated. Pages are keyset queries; Postgres
 * renders each line, so memory stays flat whatever the log's size.
 */
export async function* exportEventsNdjson(db: Kysely<any>, start: LogCheckpoint, opts: EventsExportOptions = {}): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? 2000;
  const { rows: h } = await sql<{ xmin: string }>`select pg_snapshot_xmin(pg_current_snapshot())::text as xmin`.execute(db);
  const horizon = h[0].xmin;
  let after = start;
  for (;;) {
    const { rows } = await sql<{ transaction_id: string; position: number; line: string }>`
      select transaction_id::text as transaction_id, position,
             json_build_object(
               'position', position, 'transactionId', transaction_id::text, 'streamId', stream_id, 'streamType', stream_type,
               'streamVersion', stream_version, 'eventId', event_id, 'type', type, 'schemaVersion', schema_version,
               'recordedAt', to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
               'data', data, 'metadata', metadata)::text as line
        from events
       where (transaction_id, position) > (${after.transactionId}::xid8, ${after.position}::bigint)
         and transaction_id < ${horizon}::xid8
       order by events.transaction_id, events.position
       limit ${batchSize}`.execute(db);
    if (!rows.length) return;
    let chunk = '';
    for (const r of rows) chunk += `${r.line}\n`;
    yield chunk;
    const last = rows[rows.length - 1];
    after = { transactionId: last.transaction_id, position: last.position };
    if (rows.length < batchSize) return;
  }
}
