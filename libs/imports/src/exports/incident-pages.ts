import { sql, type Kysely } from 'kysely';
import type { IncidentState } from '@app/domain';
import type { Database } from '@app/event-store';
import type { PeriodFilter } from './export-errors.js';

export type IncidentPageRow = { incident_id: string; k: string; state: IncidentState };
/** With its stream's first and last write: STIX's created/modified (the CSV has no use for them). */
export type TimedIncidentPageRow = IncidentPageRow & { created_at: Date; updated_at: Date };

/**
 * The incidents read model in keyset pages by occurrence then id, those whose possible period
 * overlaps from/to, so an export's memory stays flat. The last page is the first one shorter
 * than `batchSize`.
 */
export function incidentPages(
  db: Kysely<Database>,
  period: PeriodFilter,
  batchSize: number,
  streamTimes: true,
): AsyncGenerator<TimedIncidentPageRow[]>;
export function incidentPages(
  db: Kysely<Database>,
  period: PeriodFilter,
  batchSize: number,
): AsyncGenerator<IncidentPageRow[]>;
export async function* incidentPages(
  db: Kysely<Database>,
  period: PeriodFilter,
  batchSize: number,
  streamTimes = false,
): AsyncGenerator<IncidentPageRow[]> {
  const from = period.from?.toISOString() ?? null;
  const to = period.to?.toISOString() ?? null;
  const times = streamTimes ? sql`, s.created_at, s.updated_at` : sql``;
  const join = streamTimes ? sql`join streams s on s.stream_id = 'incident-' || i.incident_id::text` : sql``;
  let after: [string, string] | null = null;
  for (;;) {
    const [k, id]: [string | null, string | null] = after ?? [null, null];
    const { rows } = await sql<IncidentPageRow>`
      select i.incident_id::text, coalesce(i.occurred_earliest, '-infinity')::text as k, i.state${times}
        from rm_incidents i ${join}
       where (${from}::timestamptz is null or i.occurred_latest >= ${from}::timestamptz)
         and (${to}::timestamptz is null or i.occurred_earliest <= ${to}::timestamptz)
         and (${k}::text is null
              or (coalesce(i.occurred_earliest, '-infinity'), i.incident_id) > (${k}::timestamptz, ${id}::uuid))
       order by coalesce(i.occurred_earliest, '-infinity'), i.incident_id
       limit ${batchSize}`.execute(db);
    if (!rows.length) return;
    yield rows;
    if (rows.length < batchSize) return;
    const last: IncidentPageRow = rows[rows.length - 1];
    after = [last.k, last.incident_id];
  }
}
