import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { ReportIncidentCommand } from './report-incident.command.js';
import { ReportIncidentBodySchema, type ReportIncidentBody } from './report-incident.schema.js';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class ReportIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Report an incident (occurredAt may be a date, a month or a year; the precision is kept)' })
  @ApiWrite({ role: 'reporter', conflict: 'An incident with this id exists with other content', unprocessable: 'Unknown sourceIds or country, or a rule of incidents' })
  execute(
    @Body({ schema: ReportIncidentBodySchema }) body: ReportIncidentBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new ReportIncidentCommand(body, ctx));
  }
}
