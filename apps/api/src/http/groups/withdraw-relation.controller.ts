import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  type WithdrawRelationBody,
  WithdrawRelationBodySchema,
  WithdrawRelationCommand,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class WithdrawRelationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/relations/:relationId/withdrawal')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Withdraw a relation between groups' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown group or relation', conflict: 'The relation is already withdrawn' })
  execute(
    @Param('id', { schema: idParamSchema }) groupId: string,
    @Param('relationId', { schema: idParamSchema }) relationId: string,
    @Body({ schema: WithdrawRelationBodySchema }) body: WithdrawRelationBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new WithdrawRelationCommand(groupId, relationId, body, ctx));
  }
}
