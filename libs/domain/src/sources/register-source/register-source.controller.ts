import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { RegisterSourceCommand } from './register-source.command.js';
import { RegisterSourceBodySchema, type RegisterSourceBody } from './register-source.schema.js';

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
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RegisterSourceCommand(body, ctx));
  }
}
