import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AssessStatementBody,
  AssessStatementBodySchema,
  AssessStatementCommand,
  idParamSchema,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('statements')
@ApiBearerAuth()
@Controller('v1/statements')
export class AssessStatementController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/assessments')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({
    summary:
      'Assess a statement: authentic, doubtful, fabricated or unverified; every assessment is kept, the latest ' +
      'stands (201 id: the assessment’s)',
  })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown statement' })
  execute(
    @Param('id', { schema: idParamSchema }) statementId: string,
    @Body({ schema: AssessStatementBodySchema }) body: AssessStatementBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AssessStatementCommand(statementId, body, ctx));
  }
}
