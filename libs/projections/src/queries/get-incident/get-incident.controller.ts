import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema } from '@app/domain';
import { GetIncidentQuery } from './get-incident.query.js';
import { GetIncidentQuerySchema, type GetIncidentQueryParams } from './get-incident.schema.js';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class GetIncidentController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'The attribution picture of an incident, now or as recorded at a time or position' })
  get(@Param('id', { schema: idParamSchema }) id: string, @Query({ schema: GetIncidentQuerySchema }) q: GetIncidentQueryParams) {
    return this.queries.execute(new GetIncidentQuery(id, q.asOf, q.asOfPosition));
  }
}
