import { sql, type Kysely } from 'kysely';
import { personNameKey, type AffiliationEndReason, type AffiliationRole, type PersonStatus } from '@app/domain';
import type { Database } from '@app/event-store';
import { affiliationValidOn } from '../group-leadership/group-leadership.query.js';
import { page } from '../shared/cursor.js';
import { groupNamesOf, resolveGroupFilter } from '../shared/group-names.js';
import type { ListPersonsQueryParams } from './list-persons.schema.js';
import type { ListPersonsResponse } from './list-persons.response.js';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  summary: string | null;
  status: PersonStatus | null;
}

interface AffiliationRow {
  id: string;
  person_id: string;
  group_id: string;
  role: AffiliationRole;
  valid_from_text: string;
  valid_to_text: string | null;
  end_reason: AffiliationEndReason | null;
}

/**
 * Persons by name (case-insensitive). `q` matches a substring of a name or alias (compared by
 * name key, as the writes compare names); `group`, `role` and `at` keep persons with one standing
 * affiliation matching all of those given (valid on `at`: partial-date aware). An unknown group
 * matches nobody.
 */
export async function listPersons(db: Kysely<Database>, q: ListPersonsQueryParams): Promise<ListPersonsResponse> {
  const groupId = q.group ? await resolveGroupFilter(db, q.group) : null;
  if (q.group && !groupId) return { items: [], nextCursor: null };
  const after = q.cursor ?? null;
  const pattern = q.q ? `%${likeEscape(personNameKey(q.q))}%` : null;
  const byAffiliation = Boolean(groupId || q.role || q.at);
  const { rows } = await sql<PersonRow>`
    select p.person_id::text as id, p.name, p.aliases, p.summary, p.status from rm_persons p
     where (${pattern}::text is null or p.search like ${pattern})
       and (not ${byAffiliation}::boolean or exists (
             select 1 from rm_person_affiliations a
              where a.person_id = p.person_id and not a.withdrawn
                and (${groupId}::uuid is null or a.group_id = ${groupId}::uuid)
                and (${q.role ?? null}::text is null or a.role = ${q.role ?? null})
                and ${affiliationValidOn(q.at ?? null)}))
       and (${after ? 1 : null}::int is null
            or (lower(p.name), p.person_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
     order by lower(p.name), p.person_id
     limit ${q.limit + 1}`.execute(db);
  const result = page(rows, q.limit, (r) => [r.name.toLowerCase(), r.id]);
  const ids = result.items.map((r) => r.id);
  const { rows: affs } = ids.length
    ? await sql<AffiliationRow>`
        select a.affiliation_id::text as id, a.person_id::text as person_id, a.group_id::text as group_id, a.role,
               a.valid_from_text, a.valid_to_text, a.end_reason
          from rm_person_affiliations a
         where a.person_id = any(${ids}::uuid[]) and not a.withdrawn
         order by a.valid_from nulls first, a.affiliation_id`.execute(db)
    : { rows: [] as AffiliationRow[] };
  const names = await groupNamesOf(
    db,
    affs.map((a) => a.group_id),
  );
  return {
    nextCursor: result.nextCursor,
    items: result.items.map((p) => ({
      ...p,
      affiliations: affs
        .filter((a) => a.person_id === p.id)
        .map((a) => ({
          id: a.id,
          groupId: a.group_id,
          groupName: names.get(a.group_id) ?? null,
          role: a.role,
          validFrom: a.valid_from_text,
          validTo: a.valid_to_text,
          endReason: a.end_reason,
        })),
    })),
  };
}
