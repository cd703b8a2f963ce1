import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ReportIncidentBody, ReportIncidentBodySchema, ReportIncidentCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class ReportIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Report an incident (occurredAt may be a date, a month or a year; the precision is kept)' })
  @ApiWrite({
    role: 'reporter',
    conflict: 'An incident with this id exists with other content',
    unprocessable: 'Unknown sourceIds or country, or a rule of incidents',
  })
  execute(
    @Body({ schema: ReportIncidentBodySchema }) body: ReportIncidentBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new ReportIncidentCommand(body, ctx));
  }
}
