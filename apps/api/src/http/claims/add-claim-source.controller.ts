import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AddClaimSourceBody, AddClaimSourceBodySchema, AddClaimSourceCommand, idParamSchema } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class AddClaimSourceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims/:claimId/sources')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Another source reporting the same claim' })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident or claim',
    conflict: 'The source is already on the claim',
    unprocessable: 'Unknown sourceId',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Param('claimId', { schema: idParamSchema }) claimId: string,
    @Body({ schema: AddClaimSourceBodySchema }) body: AddClaimSourceBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AddClaimSourceCommand(incidentId, claimId, body, ctx));
  }
}
