import { sql, type Kysely } from 'kysely';
import { evolveGroup, GroupNamesRepository, groupStreamId, NotFoundError } from '@app/domain';
import type { EventStore, Database } from '@app/event-store';
import { page } from '../shared/cursor.js';
import { groupNamesOf } from '../shared/group-names.js';
import type { ListGroupsQueryParams } from './list-groups.schema.js';
import type { GroupResponse, ListGroupsResponse } from './list-groups.response.js';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Groups by name (case-insensitive), optionally those whose name or an alias contains `q`. */
export async function listGroups(db: Kysely<Database>, q: ListGroupsQueryParams): Promise<ListGroupsResponse> {
  const after = q.cursor ?? null;
  const pattern = q.q ? `%${likeEscape(q.q.toLowerCase())}%` : null;
  const { rows } = await sql<{ id: string; name: string; aliases: string[]; kind: string | null }>`
    select group_id::text as id, name, aliases, kind from rm_groups
     where (${pattern}::text is null or search like ${pattern})
       and (${after ? 1 : null}::int is null
            or (lower(name), group_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
     order by lower(name), group_id
     limit ${q.limit + 1}`.execute(db);
  return page(rows, q.limit, (r) => [r.name.toLowerCase(), r.id]);
}

/**
 * Folded from the group's stream (named by id, name or alias): current, with relations past and
 * present; with `asOf`/`asOfPosition`, what was recorded then (404 before the group existed).
 */
export async function getGroup(
  db: Kysely<Database>,
  store: EventStore,
  ref: string,
  at: { asOf?: Date; asOfPosition?: number } = {},
): Promise<GroupResponse> {
  const group = await new GroupNamesRepository(db).resolve(ref);
  if (!group) throw new NotFoundError('group', ref);
  const asOf = at.asOf !== undefined || at.asOfPosition !== undefined;
  const { state } = await store.aggregateStream(
    groupStreamId(group.id),
    { evolve: evolveGroup },
    asOf ? { toRecordedAt: at.asOf, toPosition: at.asOfPosition } : {},
  );
  if (!state) throw new NotFoundError('group', ref);
  const names = await groupNamesOf(
    db,
    state.relations.map((r) => r.otherGroupId),
  );
  return {
    ...state,
    relations: state.relations.map((r) => ({
      ...r,
      otherGroupName: names.get(r.otherGroupId) ?? null,
      citation: r.citation ?? null,
    })),
    ...(asOf ? { asOf: at.asOf?.toISOString() ?? null, asOfPosition: at.asOfPosition ?? null } : {}),
  };
}
