import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  type WithdrawAttributionBody,
  WithdrawAttributionBodySchema,
  WithdrawAttributionCommand,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('attributions')
@ApiBearerAuth()
@Controller('v1/incidents')
export class WithdrawAttributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attributions/:attributionId/withdrawal')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Withdraw an attribution, with the reason' })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown incident or attribution',
    conflict: 'The attribution is already withdrawn',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('attributionId', { schema: idParamSchema }) attributionId: string,
    @Body({ schema: WithdrawAttributionBodySchema }) body: WithdrawAttributionBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new WithdrawAttributionCommand(incidentId, attributionId, body, ctx));
  }
}
