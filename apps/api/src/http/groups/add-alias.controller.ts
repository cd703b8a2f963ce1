import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AddAliasBody, AddAliasBodySchema, AddAliasCommand, idParamSchema } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

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
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AddAliasCommand(groupId, body, ctx));
  }
}
