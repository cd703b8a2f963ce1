import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { WithdrawAttributionCommand } from './withdraw-attribution.command.js';
import { WithdrawAttributionBodySchema, type WithdrawAttributionBody } from './withdraw-attribution.schema.js';

@ApiTags('attributions')
@ApiBearerAuth()
@Controller('v1/incidents')
export class WithdrawAttributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attributions/:attributionId/withdrawal')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Withdraw an attribution, with the reason' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown incident or attribution', conflict: 'The attribution is already withdrawn' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('attributionId', { schema: idParamSchema }) attributionId: string,
    @Body({ schema: WithdrawAttributionBodySchema }) body: WithdrawAttributionBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new WithdrawAttributionCommand(incidentId, attributionId, body, ctx));
  }
}
