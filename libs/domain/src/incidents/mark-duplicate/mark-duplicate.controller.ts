import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { MarkDuplicateCommand } from './mark-duplicate.command.js';
import { MarkDuplicateBodySchema, type MarkDuplicateBody } from './mark-duplicate.schema.js';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class MarkDuplicateController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/duplicate-of')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Mark this incident a duplicate of another' })
  @ApiWrite({ role: 'reporter', notFound: 'Unknown incident', conflict: 'The incident is already marked a duplicate', unprocessable: 'Unknown incidentId in the body, or the incident itself' })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: MarkDuplicateBodySchema }) body: MarkDuplicateBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new MarkDuplicateCommand(incidentId, body, ctx));
  }
}
