import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
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
  execute(
    @Body({ schema: ReportIncidentBodySchema }) body: ReportIncidentBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResult> {
    return this.commands.execute(new ReportIncidentCommand(body, ctx));
  }
}
