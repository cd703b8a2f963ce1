import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listMismatches,
  MismatchesQuerySchema,
  type MismatchesQueryParams,
  MismatchesResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** Incidents whose active claimants and standing analyst attributions name different groups. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('v1/analytics')
export class MismatchesController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get('claim-attribution-mismatches')
  @ApiOperation({ summary: 'Incidents claimed by one group and attributed to another' })
  @ApiRead(MismatchesResponse, 'A page of mismatched incidents')
  list(@Query({ schema: MismatchesQuerySchema }) q: MismatchesQueryParams): Promise<MismatchesResponse> {
    return listMismatches(this.db, q);
  }
}
