import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AssessAttributionBody,
  AssessAttributionBodySchema,
  AssessAttributionCommand,
  idParamSchema,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('attributions')
@ApiBearerAuth()
@Controller('v1/incidents')
export class AssessAttributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attributions')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Attribute the incident to a group with a confidence (0–100) and basis' })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown incident',
    conflict: 'An attribution with this id exists',
    unprocessable: 'Unknown group or sourceIds',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: AssessAttributionBodySchema }) body: AssessAttributionBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssessAttributionCommand(incidentId, body, ctx));
  }
}
