import type { Kysely } from 'kysely';
import {
  eventCheckpoint,
  exportLogPage,
  LOG_START,
  snapshotHorizon,
  type LogCheckpoint,
  type Database,
} from '@app/event-store';
import { ExportParameterError } from './export-errors.js';

export interface EventsExportOptions {
  /** The position of the last event already received (its line's `position`); 0 or absent: from the start. */
  fromPosition?: number;
  /** Rows fetched per query. */
  batchSize?: number;
}

/** Where an events export starts: right after the event at `fromPosition`, in log order. */
export async function eventsExportStart(db: Kysely<Database>, fromPosition?: number): Promise<LogCheckpoint> {
  if (!fromPosition) return { ...LOG_START };
  const cp = await eventCheckpoint(db, fromPosition);
  if (!cp)
    throw new ExportParameterError(
      'fromPosition',
      `${fromPosition} is not the position of a recorded event: resume with the position of the last line received`,
    );
  return cp;
}

/**
 * The log as NDJSON, one stored event a line (as stored: no upcasting), in the gap-safe log order
 * (transaction, position) that the projections follow, and only up to the transactions finished
 * when the export began. Resumable: `fromPosition` = the `position` of the last line received
 * continues right after it, with nothing skipped or repeated. Pages are keyset queries; Postgres
 * renders each line, so memory stays flat whatever the log's size.
 */
export async function* exportEventsNdjson(
  db: Kysely<Database>,
  start: LogCheckpoint,
  opts: EventsExportOptions = {},
): AsyncGenerator<string> {
  const batchSize = opts.batchSize ?? 2000;
  const horizon = await snapshotHorizon(db);
  let after = start;
  for (;;) {
    const rows = await exportLogPage(db, after, horizon, batchSize);
    if (!rows.length) return;
    let chunk = '';
    for (const r of rows) chunk += `${r.line}\n`;
    yield chunk;
    const last = rows[rows.length - 1];
    after = { transactionId: last.transaction_id, position: last.position };
    if (rows.length < batchSize) return;
  }
}
