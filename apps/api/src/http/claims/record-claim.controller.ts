import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type RecordClaimBody, RecordClaimBodySchema, RecordClaimCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class RecordClaimController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/claims')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({
    summary:
      'Record a claim of responsibility; 409 when the group already has an active claim here (add a source to it ' +
      'instead)',
  })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident',
    conflict:
      'The group already has an active claim here (add a source to it instead), or the incident is marked a duplicate',
    unprocessable: 'Unknown group or sourceId, or a rule of claims (e.g. claimed before the incident)',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: RecordClaimBodySchema }) body: RecordClaimBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordClaimCommand(incidentId, body, ctx));
  }
}
