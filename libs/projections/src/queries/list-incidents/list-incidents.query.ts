import { sql, type Kysely } from 'kysely';
import { RuleViolation, toCountryCode, type IncidentState } from '@app/domain';
import { page } from '../shared/cursor.js';
import { resolveGroupFilter } from '../shared/group-names.js';
import { renderIncident } from '../shared/incident-view.js';
import { groupNetwork, matchedVia, type NetworkEdge } from './group-network.js';
import type { ListIncidentsQueryParams } from './list-incidents.schema.js';
import type { ListIncidentsResponse } from './list-incidents.response.js';
import type { Database } from '@app/event-store';

/**
 * Most recent first; `from`/`to` keep incidents whose possible period overlaps the range. With
 * `group` and `via`, also the incidents of groups related to it by those relations, valid on the
 * incident's date (may have held: the relation's widened period overlaps the incident's), each
 * with the relations it matched by.
 */
export async function listIncidents(db: Kysely<Database>, q: ListIncidentsQueryParams): Promise<ListIncidentsResponse> {
  const country = q.country ? toCountryCode(q.country) : undefined;
  if (q.country && !country) throw new RuleViolation('country', `unknown country: ${q.country}`);
  const groupId = q.group ? await resolveGroupFilter(db, q.group) : undefined;
  if (q.group && !groupId) return { items: [], nextCursor: null };
  const after = q.cursor ?? null;
  const edges: NetworkEdge[] = groupId && q.via ? await groupNetwork(db, groupId, q.via) : [];
  const periods = edges.map((e) => ({ group_id: e.groupId, vfrom: e.from, vto: e.to }));
  const { rows } = await sql<{
    incident_id: string;
    occurred_earliest: Date | null;
    group_ids: string[];
    state: IncidentState;
  }>`
    select incident_id::text, occurred_earliest, group_ids::text[] as group_ids, state from rm_incidents
     where (${groupId ?? null}::uuid is null
            or group_ids @> array[${groupId ?? null}::uuid]
            or (group_ids && ${periods.map((e) => e.group_id)}::uuid[]
                and exists (select 1 from jsonb_to_recordset(${JSON.stringify(periods)}::jsonb)
                                       as e(group_id uuid, vfrom timestamptz, vto timestamptz)
                             where group_ids @> array[e.group_id]
                               and (e.vfrom is null or occurred_latest >= e.vfrom)
                               and (e.vto is null or occurred_earliest <= e.vto))))
       and (${q.status ?? null}::text is null or status = ${q.status ?? null})
       and (${country ?? null}::text is null or country = ${country ?? null})
       and (${q.from ?? null}::timestamptz is null or occurred_latest >= ${q.from ?? null}::timestamptz)
       and (${q.to ?? null}::timestamptz is null or occurred_earliest <= ${q.to ?? null}::timestamptz)
       and (${q.competing ?? null}::boolean is null or competing = ${q.competing ?? null})
       and (${after ? 1 : null}::int is null
            or (coalesce(occurred_earliest, '-infinity'), incident_id)
               < (coalesce(${after?.[0] ?? null}::timestamptz, '-infinity'), ${after?.[1] ?? null}::uuid))
     order by coalesce(occurred_earliest, '-infinity') desc, incident_id desc
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [
    r.occurred_earliest ? new Date(r.occurred_earliest).toISOString() : null,
    r.incident_id,
  ]);
  const items = await Promise.all(
    p.items.map(async (r) => {
      const picture = await renderIncident(db, r.state);
      return q.via ? { ...picture, matchedVia: matchedVia(edges, r.group_ids, r.state.occurredAt) } : picture;
    }),
  );
  return { items, nextCursor: p.nextCursor };
}
