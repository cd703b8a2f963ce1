import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { ApiRead, evolveGroup, groupStreamId, idParamSchema, NotFoundError, type GroupState } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { READ_EVENT_STORE, READ_KYSELY } from '@app/runtime';
import { cursorKey, cursorSchema, limitSchema, minPositionSchema, page } from '../shared/cursor.js';
import { groupNamesOf } from '../shared/group-names.js';
import { GroupResponse, ListGroupsResponse } from './list-groups.response.js';

const GroupsQuery = z.strictObject({
  q: z.string().trim().min(1).max(200).optional().meta({ description: 'Case-insensitive substring of a name or alias' }),
  cursor: cursorSchema(z.tuple([cursorKey.text, cursorKey.uuid])),
  limit: limitSchema(500, 100),
  minPosition: minPositionSchema,
});
const GroupQuery = z.strictObject({ minPosition: minPositionSchema });

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class ListGroupsController {
  constructor(
    @Inject(READ_KYSELY) private readonly db: Kysely<any>,
    @Inject(READ_EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Groups by name, with a case-insensitive search over names and aliases' })
  @ApiRead(ListGroupsResponse, 'A page of groups by name')
  async list(@Query({ schema: GroupsQuery }) q: z.infer<typeof GroupsQuery>): Promise<ListGroupsResponse> {
    const after = q.cursor ?? null;
    const pattern = q.q ? `%${likeEscape(q.q.toLowerCase())}%` : null;
    const { rows } = await sql<{ id: string; name: string; aliases: string[]; kind: string | null }>`
      select group_id::text as id, name, aliases, kind from rm_groups
       where (${pattern}::text is null or search like ${pattern})
         and (${after ? 1 : null}::int is null or (lower(name), group_id) > (${after?.[0] ?? null}::text, ${after?.[1] ?? null}::uuid))
       order by lower(name), group_id
       limit ${q.limit + 1}`.execute(this.db);
    return page(rows, q.limit, (r) => [r.name.toLowerCase(), r.id]);
  }

  /** Folded from the group's stream: always current, with relations past and present. */
  @Get(':id')
  @ApiOperation({ summary: 'A group with its aliases and relations (current and past, with validity dates)' })
  @ApiRead(GroupResponse, 'The group', { notFound: 'Unknown group' })
  async get(@Param('id', { schema: idParamSchema }) id: string, @Query({ schema: GroupQuery }) _q: z.infer<typeof GroupQuery>): Promise<GroupResponse> {
    let state: GroupState | null = null;
    for (const e of await this.store.readStream(groupStreamId(id))) state = evolveGroup(state, e);
    if (!state) throw new NotFoundError('group', id);
    const names = await groupNamesOf(this.db, state.relations.map((r) => r.otherGroupId));
    return {
      ...state,
      relations: state.relations.map((r) => ({ ...r, otherGroupName: names.get(r.otherGroupId) ?? null })),
    };
  }
}
