import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { AddClaimSourceCommand } from './add-claim-source.command.js';
import { AddClaimSourceBodySchema, type AddClaimSourceBody } from './add-claim-source.schema.js';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class AddClaimSourceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims/:claimId/sources')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Another source reporting the same claim' })
  @ApiWrite({ role: 'reporter', notFound: 'Unknown incident or claim', conflict: 'The source is already on the claim', unprocessable: 'Unknown sourceId' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('claimId', { schema: idParamSchema }) claimId: string,
    @Body({ schema: AddClaimSourceBodySchema }) body: AddClaimSourceBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AddClaimSourceCommand(incidentId, claimId, body, ctx));
  }
}
