import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { RegisterGroupCommand } from './register-group.command.js';
import { RegisterGroupBodySchema, type RegisterGroupBody } from './register-group.schema.js';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class RegisterGroupController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Register a group with its aliases (names and aliases unique across groups, case-insensitive)' })
  @ApiWrite({ role: 'analyst', conflict: 'A name or alias is already used by another group, or the id exists with other content' })
  execute(
    @Body({ schema: RegisterGroupBodySchema }) body: RegisterGroupBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RegisterGroupCommand(body, ctx));
  }
}
