import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { RateSourceCommand } from './rate-source.command.js';
import { RateSourceBodySchema, type RateSourceBody } from './rate-source.schema.js';

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class RateSourceController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/ratings')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Rate a source again (Admiralty A–F), with the reason' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown source' })
  execute(
    @Param('id', { schema: idParamSchema }) sourceId: string,
    @Body({ schema: RateSourceBodySchema }) body: RateSourceBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RateSourceCommand(sourceId, body, ctx));
  }
}
