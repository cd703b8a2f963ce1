import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type RateSourceBody, RateSourceBodySchema, RateSourceCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

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
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RateSourceCommand(sourceId, body, ctx));
  }
}
