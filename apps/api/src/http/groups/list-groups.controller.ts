import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRead } from '@app/http';
import {
  getGroup,
  GetGroupQuerySchema,
  type GetGroupQueryParams,
  GroupResponse,
  groupRefParamSchema,
  listGroups,
  ListGroupsQuerySchema,
  type ListGroupsQueryParams,
  ListGroupsResponse,
} from '@app/projections';
import { ReadController } from '../read-controller.js';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class ListGroupsController extends ReadController {
  @Get()
  @ApiOperation({ summary: 'Groups by name, with a case-insensitive search over names and aliases' })
  @ApiRead(ListGroupsResponse, 'A page of groups by name')
  list(@Query({ schema: ListGroupsQuerySchema }) q: ListGroupsQueryParams): Promise<ListGroupsResponse> {
    return listGroups(this.db, q);
  }

  /** Folded from the group's stream: current, or as recorded at asOf/asOfPosition. */
  @Get(':id')
  @ApiOperation({
    summary:
      'A group (by id, name or alias) with its aliases and relations (current and past, with validity dates); ' +
      'asOf/asOfPosition for what was recorded then',
  })
  @ApiRead(GroupResponse, 'The group', { notFound: 'No group with this id, name or alias (or none yet at asOf)' })
  get(
    @Param('id', { schema: groupRefParamSchema }) id: string,
    @Query({ schema: GetGroupQuerySchema }) q: GetGroupQueryParams,
  ): Promise<GroupResponse> {
    return getGroup(this.db, this.store, id, { asOf: q.asOf, asOfPosition: q.asOfPosition });
  }
}
