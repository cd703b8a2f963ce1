import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { AddAliasCommand } from './add-alias.command.js';
import { AddAliasBodySchema, type AddAliasBody } from './add-alias.schema.js';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class AddAliasController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/aliases')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Add an alias to a group' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown group', conflict: 'The alias is already used by another group' })
  execute(
    @Param('id', { schema: idParamSchema }) groupId: string,
    @Body({ schema: AddAliasBodySchema }) body: AddAliasBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AddAliasCommand(groupId, body, ctx));
  }
}
