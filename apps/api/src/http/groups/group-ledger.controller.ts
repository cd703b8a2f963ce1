import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  groupLedgerOf,
  GroupLedgerQuerySchema,
  type GroupLedgerQueryParams,
  GroupLedgerResponse,
  groupRefParamSchema,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class GroupLedgerController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get(':id/ledger')
  @ApiOperation({
    summary:
      "A group's claims, retractions, denials and attributions by month, retraction rate and median hours to " +
      'retraction',
  })
  @ApiRead(GroupLedgerResponse, "The group's ledger", { notFound: 'No group with this id, name or alias' })
  ledger(
    @Param('id', { schema: groupRefParamSchema }) id: string,
    @Query({ schema: GroupLedgerQuerySchema }) q: GroupLedgerQueryParams,
  ): Promise<GroupLedgerResponse> {
    return groupLedgerOf(this.db, id, q.from ?? null, q.to ?? null);
  }
}
