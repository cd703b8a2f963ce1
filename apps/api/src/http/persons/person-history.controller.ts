import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  personHistory,
  PersonHistoryQuerySchema,
  type PersonHistoryQueryParams,
  PersonHistoryResponse,
} from '@app/projections';
import { READ_EVENT_STORE } from '@app/runtime';

/** Every event of the person, oldest first, with who recorded it. */
@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class PersonHistoryController {
  constructor(@Inject(READ_EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of a person, oldest first: id, type, recordedAt, actor, position, data' })
  @ApiRead(PersonHistoryResponse, 'Every event of the person, oldest first', { notFound: 'Unknown person' })
  history(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: PersonHistoryQuerySchema }) _q: PersonHistoryQueryParams,
  ): Promise<PersonHistoryResponse> {
    return personHistory(this.store, id);
  }
}
