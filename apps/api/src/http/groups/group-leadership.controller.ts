import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  groupLeadership,
  GroupLeadershipQuerySchema,
  type GroupLeadershipQueryParams,
  GroupLeadershipResponse,
  groupRefParamSchema,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class GroupLeadershipController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get(':id/leadership')
  @ApiOperation({
    summary:
      "A group's leaders, deputy leaders and spokespersons valid on a date (default today); overlapping holders " +
      'of a role are all listed and marked contested',
  })
  @ApiRead(GroupLeadershipResponse, "The group's leadership on that date", { notFound: 'Unknown group' })
  leadership(
    @Param('id', { schema: groupRefParamSchema }) id: string,
    @Query({ schema: GroupLeadershipQuerySchema }) q: GroupLeadershipQueryParams,
  ): Promise<GroupLeadershipResponse> {
    return groupLeadership(this.db, id, q.at);
  }
}
