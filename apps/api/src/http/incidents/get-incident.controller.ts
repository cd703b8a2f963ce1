import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import { ApiRead } from '@app/http';
import {
  GetIncidentQuery,
  GetIncidentQuerySchema,
  type GetIncidentQueryParams,
  GetIncidentResponse,
} from '@app/projections';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class GetIncidentController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'The attribution picture of an incident, now or as recorded at a time or position' })
  @ApiRead(GetIncidentResponse, 'The attribution picture', {
    notFound: 'Unknown incident, or not yet recorded at asOf/asOfPosition',
  })
  get(
    @Param('id', { schema: idParamSchema }) id: string,
    @Query({ schema: GetIncidentQuerySchema }) q: GetIncidentQueryParams,
  ): Promise<GetIncidentResponse> {
    return this.queries.execute(new GetIncidentQuery(id, q.asOf, q.asOfPosition));
  }
}
