import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ApiRead, idParamSchema, incidentStreamId, NotFoundError } from '@app/domain';
import type { EventStore } from '@app/event-store';
import { READ_EVENT_STORE } from '@app/runtime';
import { minPositionSchema } from '../shared/cursor.js';
import { IncidentHistoryResponse } from './incident-history.response.js';

const HistoryQuery = z.strictObject({ minPosition: minPositionSchema });

/** Every event of the incident, oldest first, with who recorded it. */
@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class IncidentHistoryController {
  constructor(@Inject(READ_EVENT_STORE) private readonly store: EventStore) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every event of an incident, oldest first: id, type, recordedAt, actor, position, data' })
  @ApiRead(IncidentHistoryResponse, 'Every event of the incident, oldest first', { notFound: 'Unknown incident' })
  async history(@Param('id', { schema: idParamSchema }) id: string, @Query({ schema: HistoryQuery }) _q: z.infer<typeof HistoryQuery>): Promise<IncidentHistoryResponse> {
    const events = await this.store.readStream(incidentStreamId(id));
    if (!events.length) throw new NotFoundError('incident', id);
    return {
      items: events.map((e) => ({
        id: e.eventId,
        type: e.type,
        version: e.streamVersion,
        recordedAt: e.recordedAt.toISOString(),
        actor: e.metadata.actor ?? null,
        correlationId: e.metadata.correlationId ?? null,
        position: e.position,
        data: e.data,
      })),
    };
  }
}
