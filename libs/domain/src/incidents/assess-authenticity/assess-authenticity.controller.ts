import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { AssessAuthenticityCommand } from './assess-authenticity.command.js';
import { AssessAuthenticityBodySchema, type AssessAuthenticityBody } from './assess-authenticity.schema.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class AssessAuthenticityController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims/:claimId/authenticity')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Assess whether a claim is authentic, doubtful or fabricated' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown incident or claim', conflict: 'The incident is marked a duplicate' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('claimId', { schema: idParamSchema }) claimId: string,
    @Body({ schema: AssessAuthenticityBodySchema }) body: AssessAuthenticityBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssessAuthenticityCommand(incidentId, claimId, body, ctx));
  }
}
