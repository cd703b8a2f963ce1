import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
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
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: CorrectIncidentBodySchema }) body: CorrectIncidentBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResult> {
    return this.commands.execute(new CorrectIncidentCommand(incidentId, body, ctx));
  }
}
