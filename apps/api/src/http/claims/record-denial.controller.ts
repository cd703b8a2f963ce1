import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type RecordDenialBody, RecordDenialBodySchema, RecordDenialCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('claims')
@ApiBearerAuth()
@Controller('v1/incidents')
export class RecordDenialController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/denials')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Record a group denying involvement (flagged when it contradicts its own active claim)' })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident',
    conflict: 'A denial with this id exists',
    unprocessable: 'Unknown group or sourceId',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: RecordDenialBodySchema }) body: RecordDenialBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordDenialCommand(incidentId, body, ctx));
  }
}
