import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { ApiRead } from '@app/http';
import {
  listChanges,
  ListChangesQuerySchema,
  type ListChangesQueryParams,
  ListChangesResponse,
} from '@app/projections';
import { READ_KYSELY } from '@app/runtime';
import type { Database } from '@app/event-store';

/**
 * The console's "week's changes": claims, retractions, denials, attributions, statements and
 * affiliations recorded in a window.
 */
@ApiTags('changes')
@ApiBearerAuth()
@Controller('v1/changes')
export class ListChangesController {
  constructor(@Inject(READ_KYSELY) private readonly db: Kysely<Database>) {}

  @Get()
  @ApiOperation({
    summary:
      'Claims, retractions, denials, attributions, statements and affiliations recorded in a window (default the ' +
      'last 7 days), newest first, with names',
  })
  @ApiRead(ListChangesResponse, 'A page of changes, newest first')
  list(@Query({ schema: ListChangesQuerySchema }) q: ListChangesQueryParams): Promise<ListChangesResponse> {
    return listChanges(this.db, q);
  }
}
