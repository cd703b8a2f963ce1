import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { ApiRead } from '@app/http';
import {
  incidentHistory,
  IncidentHistoryQuerySchema,
  type IncidentHistoryQueryParams,
  IncidentHistoryResponse,
} from '@app/projections';
import { READ_EVENT_STORE } from '@app/runtime';

/** Every event of the incident, oldest first, with who recorded it. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class IncidentHistoryController {
  constructor(@Inject(READ_EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of an incident, oldest first: id, type, recordedAt, actor, position, data' })
  @ApiRead(IncidentHistoryResponse, 'Every event of the incident, oldest first', { notFound: 'Unknown incident' })
  history(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: IncidentHistoryQuerySchema }) _q: IncidentHistoryQueryParams,
  ): Promise<IncidentHistoryResponse> {
    return incidentHistory(this.store, id);
  }
}
