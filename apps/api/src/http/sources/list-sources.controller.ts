import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listSources,
  ListSourcesQuerySchema,
  type ListSourcesQueryParams,
  ListSourcesResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class ListSourcesController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({ summary: 'Sources with their current Admiralty reliability' })
  @ApiRead(ListSourcesResponse, 'A page of sources by name')
  list(@Query({ schema: ListSourcesQuerySchema }) q: ListSourcesQueryParams): Promise<ListSourcesResponse> {
    return listSources(this.db, q);
  }
}
