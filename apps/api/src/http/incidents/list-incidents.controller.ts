import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listIncidents,
  ListIncidentsQuerySchema,
  type ListIncidentsQueryParams,
  ListIncidentsResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** Most recent first; `from`/`to` keep incidents whose possible period overlaps the range. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class ListIncidentsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({ summary: 'Incidents, filtered by group, status, country, period and competing claims; cursor pages' })
  @ApiRead(ListIncidentsResponse, 'A page of incidents, most recent first', { unprocessable: 'Unknown country' })
  list(@Query({ schema: ListIncidentsQuerySchema }) q: ListIncidentsQueryParams): Promise<ListIncidentsResponse> {
    return listIncidents(this.db, q);
  }
}
