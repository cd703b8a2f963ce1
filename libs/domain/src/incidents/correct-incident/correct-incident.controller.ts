import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { CorrectIncidentCommand } from './correct-incident.command.js';
import { CorrectIncidentBodySchema, type CorrectIncidentBody } from './correct-incident.schema.js';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class CorrectIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/corrections')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Correct fields of an incident, with the reason (the original stays in the history)' })
  @ApiWrite({ role: 'reporter', notFound: 'Unknown incident', conflict: 'The incident is marked a duplicate', unprocessable: 'Unknown sourceIds or country, or a rule of incidents' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: CorrectIncidentBodySchema }) body: CorrectIncidentBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new CorrectIncidentCommand(incidentId, body, ctx));
  }
}
