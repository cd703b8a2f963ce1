import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listRetractions,
  ListRetractionsQuerySchema,
  type ListRetractionsQueryParams,
  ListRetractionsResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** The retraction audit: who retracted what, and how long after claiming. */
@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/retractions')
export class ListRetractionsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({ summary: 'Retracted claims, oldest retraction first, with hours from claim to retraction' })
  @ApiRead(ListRetractionsResponse, 'A page of retractions')
  list(@Query({ schema: ListRetractionsQuerySchema }) q: ListRetractionsQueryParams): Promise<ListRetractionsResponse> {
    return listRetractions(this.db, q);
  }
}
