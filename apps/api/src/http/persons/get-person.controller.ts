import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Kysely } from 'kysely';
import { idParamSchema } from '@app/domain';
import type { Database, EventStore } from '@app/event-store';
import { ApiRead } from '@app/http';
import { getPerson, GetPersonQuerySchema, type GetPersonQueryParams, PersonPicture } from '@app/projections';
import { READ_EVENT_STORE, READ_KYSELY } from '@app/runtime';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class GetPersonController {
  constructor(
    @Inject(READ_KYSELY) private readonly db: Kysely<Database>,
    @Inject(READ_EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':id')
  @ApiOperation({
    summary:
      'A person: names, status and its history, affiliations with group names; now or as recorded at a time or position',
  })
  @ApiRead(PersonPicture, 'The person', { notFound: 'Unknown person, or not yet recorded at asOf/asOfPosition' })
  get(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: GetPersonQuerySchema }) q: GetPersonQueryParams,
  ): Promise<PersonPicture> {
    return getPerson(this.db, this.store, id, { asOf: q.asOf, asOfPosition: q.asOfPosition });
  }
}
