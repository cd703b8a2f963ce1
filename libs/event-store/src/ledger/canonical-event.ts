import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { gapSafeAfter } from '../event-store.js';
import type { LogCheckpoint } from '../event-store.types.js';
import type { Database } from '../schema/database.generated.js';

/** An event's stored columns as stored (no upcasting), as Postgres renders them as text. */
export interface StoredEventText {
  position: string;
  stream_id: string;
  stream_type: string;
  stream_version: string;
  event_id: string;
  type: string;
  schema_version: string;
  data: string;
  metadata: string;
  recorded_at_us: string;
  transaction_id: string;
}

/** The fixed canonical encoding: a JSON array of the column texts in this order. */
export function canonicalBytes(e: StoredEventText): Buffer {
  return Buffer.from(
    JSON.stringify([
      e.position,
      e.stream_id,
      e.stream_type,
      e.stream_version,
      e.event_id,
      e.type,
      e.schema_version,
      e.data,
      e.metadata,
      e.recorded_at_us,
      e.transaction_id,
    ]),
    'utf8',
  );
}

export const eventDigest = (e: StoredEventText) => createHash('sha256').update(canonicalBytes(e)).digest();

/** The events after `after`, up to `upTo` (inclusive) or the gap-safe head, in log order, as stored text. */
export async function readStoredText(
  db: Kysely<Database>,
  after: LogCheckpoint,
  limit: number,
  upTo?: LogCheckpoint,
): Promise<StoredEventText[]> {
  const { rows } = await sql<StoredEventText>`
    select position::text, stream_id, stream_type, stream_version::text, event_id::text, type, schema_version::text,
           data::text, metadata::text, (extract(epoch from recorded_at) * 1000000)::bigint::text as recorded_at_us,
           transaction_id::text
      from events
     where ${gapSafeAfter(sql`${after.transactionId}`, sql`${after.position}`)}
       and (${upTo?.transactionId ?? null}::xid8 is null
            or (transaction_id, position) <= (${upTo?.transactionId ?? null}::xid8, ${upTo?.position ?? null}::bigint))
     order by events.transaction_id, events.position
     limit ${limit}`.execute(db);
  return rows;
}
