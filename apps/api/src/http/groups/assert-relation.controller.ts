import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AssertRelationBody, AssertRelationBodySchema, AssertRelationCommand, idParamSchema } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class AssertRelationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/relations')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({
    summary:
      'Assert a relation to another group (splinter_of, faction_of, affiliate_of, pledged_to, merged_into, ' +
      'suspected_front_of, rival_of)',
  })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown group',
    conflict: 'A relation with this id exists',
    unprocessable: 'Unknown otherGroup or sourceId, or a rule of relations',
  })
  execute(
    @Param('id', { schema: idParamSchema }) groupId: string,
    @Body({ schema: AssertRelationBodySchema }) body: AssertRelationBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssertRelationCommand(groupId, body, ctx));
  }
}
