import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type RetractClaimBody, RetractClaimBodySchema, RetractClaimCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class RetractClaimController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims/:claimId/retractions')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Record that a group retracted its claim; 409 if already retracted' })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident or claim',
    conflict: 'The claim is already retracted',
    unprocessable: 'Unknown sourceId, or retracted before it was claimed',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('claimId', { schema: idParamSchema }) claimId: string,
    @Body({ schema: RetractClaimBodySchema }) body: RetractClaimBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RetractClaimCommand(incidentId, claimId, body, ctx));
  }
}
