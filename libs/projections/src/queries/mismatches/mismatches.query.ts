import { sql, type Kysely } from 'kysely';
import { page } from '../shared/cursor.js';
import { groupNamesOf } from '../shared/group-names.js';
import type { MismatchesQueryParams } from './mismatches.schema.js';
import type { MismatchesResponse } from './mismatches.response.js';
import type { Database } from '@app/event-store';

/** Incidents whose active claimants and standing analyst attributions name different groups. */
export async function listMismatches(db: Kysely<Database>, q: MismatchesQueryParams): Promise<MismatchesResponse> {
  const after = q.cursor ?? null;
  const { rows } = await sql<{ incidentId: string; claimedBy: string[]; attributedTo: string[] }>`
    with c as (select incident_id, array_agg(distinct group_id::text order by group_id::text) as g
                 from rm_claims where status = 'active' group by incident_id),
         a as (select incident_id, array_agg(distinct group_id::text order by group_id::text) as g
                 from rm_attributions where not withdrawn group by incident_id)
    select i.incident_id::text as "incidentId", c.g as "claimedBy", a.g as "attributedTo"
      from rm_incidents i join c using (incident_id) join a using (incident_id)
     where c.g <> a.g
       and (${q.from ?? null}::timestamptz is null or i.occurred_latest >= ${q.from ?? null}::timestamptz)
       and (${q.to ?? null}::timestamptz is null or i.occurred_earliest <= ${q.to ?? null}::timestamptz)
       and (${after?.[0] ?? null}::uuid is null or i.incident_id > ${after?.[0] ?? null}::uuid)
     order by i.incident_id
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [r.incidentId]);
  const names = await groupNamesOf(
    db,
    p.items.flatMap((r) => [...r.claimedBy, ...r.attributedTo]),
  );
  const named = (ids: string[]) => ids.map((id) => names.get(id) ?? null);
  return {
    items: p.items.map((r) => ({
      ...r,
      claimedByNames: named(r.claimedBy),
      attributedToNames: named(r.attributedTo),
    })),
    nextCursor: p.nextCursor,
  };
}
