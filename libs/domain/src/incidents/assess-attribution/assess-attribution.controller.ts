import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { AssessAttributionCommand } from './assess-attribution.command.js';
import { AssessAttributionBodySchema, type AssessAttributionBody } from './assess-attribution.schema.js';

@ApiTags('attributions')
@ApiBearerAuth()
@Controller('v1/incidents')
export class AssessAttributionController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/attributions')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Attribute the incident to a group with a confidence (0–100) and basis' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown incident', conflict: 'An attribution with this id exists', unprocessable: 'Unknown group or sourceIds' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: AssessAttributionBodySchema }) body: AssessAttributionBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssessAttributionCommand(incidentId, body, ctx));
  }
}
