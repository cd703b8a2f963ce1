import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { RecordClaimCommand } from './record-claim.command.js';
import { RecordClaimBodySchema, type RecordClaimBody } from './record-claim.schema.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class RecordClaimController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Record a claim of responsibility; 409 when the group already has an active claim here (add a source to it instead)' })
  @ApiWrite({ role: 'reporter', notFound: 'Unknown incident', conflict: 'The group already has an active claim here (add a source to it instead), or the incident is marked a duplicate', unprocessable: 'Unknown group or sourceId, or a rule of claims (e.g. claimed before the incident)' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: RecordClaimBodySchema }) body: RecordClaimBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordClaimCommand(incidentId, body, ctx));
  }
}
