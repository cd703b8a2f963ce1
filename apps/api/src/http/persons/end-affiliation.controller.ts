import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type EndAffiliationBody, EndAffiliationBodySchema, EndAffiliationCommand, idParamSchema } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class EndAffiliationController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/affiliations/:affiliationId/end')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'End an affiliation that was true (defected, killed, detained, …)' })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown person or affiliation',
    conflict: 'The affiliation already ended or is withdrawn',
    unprocessable:
      'Unknown toGroup or source, toGroup without reason defected, validTo before validFrom, a date in the future',
  })
  execute(
    @Param('id', { schema: idParamSchema }) personId: string,
    @Param('affiliationId', { schema: idParamSchema }) affiliationId: string,
    @Body({ schema: EndAffiliationBodySchema }) body: EndAffiliationBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new EndAffiliationCommand(personId, affiliationId, body, ctx));
  }
}
