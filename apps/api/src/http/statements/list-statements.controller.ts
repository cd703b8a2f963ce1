import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  listStatements,
  ListStatementsQuerySchema,
  type ListStatementsQueryParams,
  ListStatementsResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';

/** Most recent first; `from`/`to` keep statements whose possible period (madeAt) overlaps the range. */
@ApiTags('statements')
@ApiBearerAuth()
@Controller('v1/statements')
export class ListStatementsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({
    summary: 'Statements, filtered by author, subject, kind, standing verdict and when they were made; cursor pages',
  })
  @ApiRead(ListStatementsResponse, 'A page of statements, most recent first, with names beside every id')
  list(@Query({ schema: ListStatementsQuerySchema }) q: ListStatementsQueryParams): Promise<ListStatementsResponse> {
    return listStatements(this.db, q);
  }
}
