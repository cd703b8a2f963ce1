import { sql, type Kysely } from 'kysely';
import type { EventMetadata } from './event-store.types.js';
import { streamTypeOf } from './event-store.js';
import type { Database } from './schema/database.generated.js';

/** One event of a multi-stream bulk append; its id must be deterministic for re-runs to be no-ops. */
export interface BulkEvent<T = unknown> {
  streamId: string;
  eventId: string;
  type: string;
  data: T;
  schemaVersion?: number;
  /** Overrides the call's shared metadata for this event. */
  metadata?: EventMetadata;
}

export type BulkStreamOutcome = 'appended' | 'unchanged' | 'conflict';

export interface BulkAppendResult {
  /** Events written by this call. */
  appended: number;
  /** Highest position written, null when nothing was. */
  lastPosition: number | null;
  /** Per stream of the call: appended, unchanged (every event already stored alike) or conflict. */
  streams: Map<string, { outcome: BulkStreamOutcome; appended: number }>;
}

/**
 * Appends events to many streams in one set-wise statement (`claimtrail_append_bulk`), for bulk
 * paths such as imports. Idempotent by event id: events already stored with the same content are
 * skipped; a stream with an event id stored under other content is left untouched and reported as
 * a conflict; the rest go after each stream's current version (expected version "any").
 * Run it inside the caller's transaction to commit it with other work (name reservations,
 * progress); a concurrent writer of the same event ids makes it fail with a unique violation
 * (23505), after which running it again finds them stored.
 */
export async function appendBulk(
  db: Kysely<Database>,
  events: BulkEvent[],
  metadata: EventMetadata = {},
): Promise<BulkAppendResult> {
  const streams = new Map<string, { outcome: BulkStreamOutcome; appended: number }>();
  if (events.length === 0) return { appended: 0, lastPosition: null, streams };
  // One JSON array, written directly (no intermediate objects): this is the import's hot path.
  let payload = '[';
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    payload +=
      `${i ? ',' : ''}{"streamId":${JSON.stringify(e.streamId)},` +
      `"streamType":${JSON.stringify(streamTypeOf(e.streamId))},"eventId":${JSON.stringify(e.eventId)},` +
      `"type":${JSON.stringify(e.type)},"schemaVersion":${e.schemaVersion ?? 1},` +
      `"data":${JSON.stringify(e.data ?? null)}${e.metadata ? `,"metadata":${JSON.stringify(e.metadata)}` : ''}}`;
  }
  payload += ']';
  const { rows } = await sql<{
    stream_id: string;
    outcome: BulkStreamOutcome;
    appended: number;
    last_position: number | null;
  }>`
    select stream_id, outcome, appended, last_position
      from claimtrail_append_bulk(${payload}::jsonb, ${JSON.stringify(metadata)}::jsonb)`.execute(db);
  let appended = 0;
  let lastPosition: number | null = null;
  for (const r of rows) {
    streams.set(r.stream_id, { outcome: r.outcome, appended: r.appended });
    appended += r.appended;
    if (r.last_position != null && (lastPosition === null || r.last_position > lastPosition))
      lastPosition = r.last_position;
  }
  return { appended, lastPosition, streams };
}
