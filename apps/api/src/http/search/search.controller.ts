import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import { search, SearchQuerySchema, type SearchQueryParams, SearchResponse } from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/** One search box across groups, persons and incidents (the console's home page). */
@ApiTags('search')
@ApiBearerAuth()
@Controller('v1/search')
export class SearchController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({ summary: 'Groups and persons by name or alias, incidents by place, province, target or summary' })
  @ApiRead(SearchResponse, 'Up to `limit` groups, persons and incidents')
  find(@Query({ schema: SearchQuerySchema }) q: SearchQueryParams): Promise<SearchResponse> {
    return search(this.db, q);
  }
}
