import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { RecordDenialCommand } from './record-denial.command.js';
import { RecordDenialBodySchema, type RecordDenialBody } from './record-denial.schema.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class RecordDenialController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/denials')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Record a group denying involvement (flagged when it contradicts its own active claim)' })
  @ApiWrite({ role: 'reporter', notFound: 'Unknown incident', conflict: 'A denial with this id exists', unprocessable: 'Unknown group or sourceId' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: RecordDenialBodySchema }) body: RecordDenialBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordDenialCommand(incidentId, body, ctx));
  }
}
