import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RegisterSourceBody, RegisterSourceBodySchema, RegisterSourceCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('sources')
@ApiBearerAuth()
@Controller('v1/sources')
export class RegisterSourceController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Register a source with its Admiralty reliability (A–F)' })
  @ApiWrite({ role: 'reporter', conflict: 'A source with this id exists with other content' })
  execute(
    @Body({ schema: RegisterSourceBodySchema }) body: RegisterSourceBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RegisterSourceCommand(body, ctx));
  }
}
