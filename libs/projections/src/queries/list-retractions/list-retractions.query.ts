import { sql, type Kysely } from 'kysely';
import { page } from '../shared/cursor.js';
import { groupNamesOf, resolveGroupFilter } from '../shared/group-names.js';
import type { ListRetractionsQueryParams } from './list-retractions.schema.js';
import type { ListRetractionsResponse } from './list-retractions.response.js';
import type { Database } from '@app/event-store';

/**
 * The retraction audit: who retracted what, and how long after claiming (null when the claim time
 * is unknown, as for GTD imports); oldest retraction first.
 */
export async function listRetractions(
  db: Kysely<Database>,
  q: ListRetractionsQueryParams,
): Promise<ListRetractionsResponse> {
  const groupId = q.group ? await resolveGroupFilter(db, q.group) : undefined;
  if (q.group && !groupId) return { items: [], nextCursor: null };
  const after = q.cursor ?? null;
  const { rows } = await sql<any>`
    select retraction_id::text as id, claim_id::text as "claimId", incident_id::text as "incidentId",
           group_id::text as "groupId",
           claimed_at as "claimedAt", retracted_at as "retractedAt",
           claimed_at_unknown as "claimedAtUnknown",
           case when not claimed_at_unknown
                then round((extract(epoch from (retracted_at - claimed_at)) / 3600)::numeric, 2)::float8
           end as "hoursToRetraction",
           retraction_source_id::text as "sourceId", retraction_reason as reason
      from rm_claims
     where retracted_at is not null
       and (${groupId ?? null}::uuid is null or group_id = ${groupId ?? null}::uuid)
       and (${q.from ?? null}::timestamptz is null or retracted_at >= ${q.from ?? null}::timestamptz)
       and (${q.to ?? null}::timestamptz is null or retracted_at <= ${q.to ?? null}::timestamptz)
       and (${after ? 1 : null}::int is null
            or (retracted_at, retraction_id) > (${after?.[0] ?? null}::timestamptz, ${after?.[1] ?? null}::uuid))
     order by retracted_at, retraction_id
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [new Date(r.retractedAt).toISOString(), r.id]);
  const names = await groupNamesOf(
    db,
    p.items.map((r) => r.groupId),
  );
  return {
    items: p.items.map((r) => ({
      ...r,
      groupName: names.get(r.groupId) ?? null,
      claimedAt: new Date(r.claimedAt).toISOString(),
      retractedAt: new Date(r.retractedAt).toISOString(),
    })),
    nextCursor: p.nextCursor,
  };
}
