import { sql, type Kysely } from 'kysely';
import { personNameKey } from '@app/domain';
import type { Database } from '@app/event-store';
import type { SearchQueryParams } from './search.schema.js';
import type { SearchResponse } from './search.response.js';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The console's search box: groups and persons by name or alias, incidents by where and what
 * (an incident has no name; analysts know it by place, target or summary), `limit` of each.
 */
export async function search(db: Kysely<Database>, q: SearchQueryParams): Promise<SearchResponse> {
  const pattern = `%${likeEscape(q.q.toLowerCase())}%`;
  // Persons' search text is by name key (as the writes compare names), so `q` is keyed the same way.
  const personPattern = `%${likeEscape(personNameKey(q.q))}%`;
  const [groups, persons, incidents] = await Promise.all([
    sql<{ id: string; name: string; aliases: string[] }>`
      select group_id::text as id, name, aliases from rm_groups where search like ${pattern}
       order by lower(name), group_id limit ${q.limit}`.execute(db),
    sql<{ id: string; name: string; aliases: string[] }>`
      select person_id::text as id, name, aliases from rm_persons where search like ${personPattern}
       order by lower(name), person_id limit ${q.limit}`.execute(db),
    sql<{
      id: string;
      occurredAt: SearchResponse['incidents'][number]['occurredAt'];
      country: string | null;
      place: string | null;
      admin1: string | null;
      target: string | null;
      status: string;
    }>`
      select incident_id::text as id, state->'occurredAt' as "occurredAt", country,
             state->'location'->>'place' as place, state->'location'->>'admin1' as admin1,
             state->>'target' as target, status
        from rm_incidents
       where lower(concat_ws(' ', state->'location'->>'place', state->'location'->>'admin1',
                             state->>'target', state->>'summary')) like ${pattern}
       order by occurred_earliest desc nulls last, incident_id limit ${q.limit}`.execute(db),
  ]);
  return {
    groups: groups.rows,
    persons: persons.rows.map((p) => ({ ...p, aliases: p.aliases.map(String) })),
    incidents: incidents.rows,
  };
}
