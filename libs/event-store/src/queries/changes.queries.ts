import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/database.generated.js';

// The console's feed (GET /v1/changes): what analysts care about that was recorded in a window,
// newest first. Names are resolved above this layer (libs/projections), which owns the name tables' reads.

/** The event types the feed shows, and what each is called there. */
export const CHANGE_KINDS = {
  ClaimRecorded: 'claim',
  ClaimRetracted: 'retraction',
  ClaimDenied: 'denial',
  AttributionAssessed: 'attribution',
  StatementRecorded: 'statement',
  PersonAffiliationRecorded: 'affiliation',
} as const;
export type ChangeKind = (typeof CHANGE_KINDS)[keyof typeof CHANGE_KINDS];

export interface ChangeRow {
  position: number;
  type: keyof typeof CHANGE_KINDS;
  stream_id: string;
  recorded_at: Date;
  data: Record<string, unknown>;
  actor: { name?: string; role?: string } | null;
  /** For incident streams: the report's place, country and occurredAt (the label a reader knows it by). */
  incident_place: string | null;
  incident_country: string | null;
  incident_occurred_at: unknown;
}

/**
 * One page of feed events recorded in [from, to), newest first: `before` is the previous page's
 * last position. `groupId` keeps events about that group (claimant, denier, attributed group,
 * statement author, affiliation). The window filter is on recorded_at (no index of its own: the
 * types' (type, position) index narrows the scan). An event committing late below a page already
 * read shows up on the next refresh, not on a later page of the same walk.
 */
export async function changesInWindow(
  db: Kysely<Database>,
  q: { from: Date; to: Date; groupId: string | null; before: number | null; limit: number },
): Promise<ChangeRow[]> {
  const { rows } = await sql<ChangeRow>`
    select e.position, e.type, e.stream_id, e.recorded_at, e.data, e.metadata->'actor' as actor,
           r.data->'location'->>'place' as incident_place, r.data->'location'->>'country' as incident_country,
           r.data->'occurredAt' as incident_occurred_at
      from events e
      left join events r on e.stream_type = 'incident' and r.stream_id = e.stream_id and r.stream_version = 1
     where e.type = any(${Object.keys(CHANGE_KINDS)}::text[])
       and e.recorded_at >= ${q.from.toISOString()}::timestamptz and e.recorded_at < ${q.to.toISOString()}::timestamptz
       and (${q.before}::bigint is null or e.position < ${q.before}::bigint)
       and (${q.groupId}::text is null or e.data->>'groupId' = ${q.groupId}::text
            or e.data->>'authorGroupId' = ${q.groupId}::text)
     order by e.position desc
     limit ${q.limit}`.execute(db);
  return rows.map((r) => ({ ...r, position: Number(r.position) }));
}
