import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import type { Database } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  listPersons,
  ListPersonsQuerySchema,
  type ListPersonsQueryParams,
  ListPersonsResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class ListPersonsController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({
    summary:
      'Persons by name: q over names and aliases; group (id, name or alias), role and at filter on affiliations ' +
      'valid on that date',
  })
  @ApiRead(ListPersonsResponse, 'A page of persons by name')
  list(@Query({ schema: ListPersonsQuerySchema }) q: ListPersonsQueryParams): Promise<ListPersonsResponse> {
    return listPersons(this.db, q);
  }
}
