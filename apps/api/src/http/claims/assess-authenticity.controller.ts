import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AssessAuthenticityBody,
  AssessAuthenticityBodySchema,
  AssessAuthenticityCommand,
  idParamSchema,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

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
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssessAuthenticityCommand(incidentId, claimId, body, ctx));
  }
}
