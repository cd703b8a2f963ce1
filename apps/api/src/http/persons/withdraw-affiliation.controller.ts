import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  type WithdrawAffiliationBody,
  WithdrawAffiliationBodySchema,
  WithdrawAffiliationCommand,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class WithdrawAffiliationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/affiliations/:affiliationId/withdrawal')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Withdraw an affiliation recorded wrongly (kept in the history)' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown person or affiliation', conflict: 'Already withdrawn' })
  execute(
    @Param('id', { schema: idParamSchema }) personId: string,
    @Param('affiliationId', { schema: idParamSchema }) affiliationId: string,
    @Body({ schema: WithdrawAffiliationBodySchema }) body: WithdrawAffiliationBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new WithdrawAffiliationCommand(personId, affiliationId, body, ctx));
  }
}
