import { sql, type Kysely } from 'kysely';
import { RuleViolation, toCountryCode, type IncidentState } from '@app/domain';
import { page } from '../shared/cursor.js';
import { resolveGroupFilter } from '../shared/group-names.js';
import { renderIncident } from '../shared/incident-view.js';
import type { ListIncidentsQueryParams } from './list-incidents.schema.js';
import type { ListIncidentsResponse } from './list-incidents.response.js';
import type { Database } from '@app/event-store';

/** Most recent first; `from`/`to` keep incidents whose possible period overlaps the range. */
export async function listIncidents(db: Kysely<Database>, q: ListIncidentsQueryParams): Promise<ListIncidentsResponse> {
  const country = q.country ? toCountryCode(q.country) : undefined;
  if (q.country && !country) throw new RuleViolation('country', `unknown country: ${q.country}`);
  const groupId = q.group ? await resolveGroupFilter(db, q.group) : undefined;
  if (q.group && !groupId) return { items: [], nextCursor: null };
  const after = q.cursor ?? null;
  const { rows } = await sql<{ incident_id: string; occurred_earliest: Date | null; state: IncidentState }>`
    select incident_id::text, occurred_earliest, state from rm_incidents
     where (${groupId ?? null}::uuid is null or group_ids @> array[${groupId ?? null}::uuid])
       and (${q.status ?? null}::text is null or status = ${q.status ?? null})
       and (${country ?? null}::text is null or country = ${country ?? null})
       and (${q.from ?? null}::timestamptz is null or occurred_latest >= ${q.from ?? null}::timestamptz)
       and (${q.to ?? null}::timestamptz is null or occurred_earliest <= ${q.to ?? null}::timestamptz)
       and (${q.competing ?? null}::boolean is null or competing = ${q.competing ?? null})
       and (${after ? 1 : null}::int is null or (coalesce(occurred_earliest, '-infinity'), incident_id) < (coalesce(${after?.[0] ?? null}::timestamptz, '-infinity'), ${after?.[1] ?? null}::uuid))
     order by coalesce(occurred_earliest, '-infinity') desc, incident_id desc
     limit ${q.limit + 1}`.execute(db);
  const p = page(rows, q.limit, (r) => [
    r.occurred_earliest ? new Date(r.occurred_earliest).toISOString() : null,
    r.incident_id,
  ]);
  return { items: await Promise.all(p.items.map((r) => renderIncident(db, r.state))), nextCursor: p.nextCursor };
}
