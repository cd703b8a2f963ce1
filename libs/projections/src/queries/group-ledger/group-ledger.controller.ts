import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import { ApiRead, idParamSchema, NotFoundError } from '@app/domain';
import { READ_KYSELY } from '@app/runtime';
import { minPositionSchema, timeParamSchema } from '../shared/cursor.js';
import { groupLedger } from './group-ledger.query.js';
import { GroupLedgerResponse } from './group-ledger.response.js';

const LedgerQuery = z.strictObject({ from: timeParamSchema.optional(), to: timeParamSchema.optional(), minPosition: minPositionSchema });

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class GroupLedgerController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<any>) {}

  @Get(':id/ledger')
  @ApiOperation({ summary: "A group's claims, retractions, denials and attributions by month, retraction rate and median hours to retraction" })
  @ApiRead(GroupLedgerResponse, "The group's ledger", { notFound: 'Unknown group' })
  async ledger(@Param('id', { schema: idParamSchema }) id: string, @Query({ schema: LedgerQuery }) q: z.infer<typeof LedgerQuery>): Promise<GroupLedgerResponse> {
    const { rows } = await sql`select 1 from rm_groups where group_id = ${id}`.execute(this.db);
    if (!rows.length) throw new NotFoundError('group', id);
    return groupLedger(this.db, id, q.from ?? null, q.to ?? null);
  }
}
