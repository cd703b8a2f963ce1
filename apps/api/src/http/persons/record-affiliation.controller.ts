import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  type RecordAffiliationBody,
  RecordAffiliationBodySchema,
  RecordAffiliationCommand,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class RecordAffiliationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/affiliations')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({
    summary: 'Record that a person held a role in a group (overlapping leaders allowed); `id` is the affiliation’s',
  })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown person',
    conflict: 'The same affiliation is already recorded, or the id exists with other content',
    unprocessable: 'Unknown group or source, validTo before validFrom, a date in the future',
  })
  execute(
    @Param('id', { schema: idParamSchema }) personId: string,
    @Body({ schema: RecordAffiliationBodySchema }) body: RecordAffiliationBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordAffiliationCommand(personId, body, ctx));
  }
}
