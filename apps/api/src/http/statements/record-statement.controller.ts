import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RecordStatementBody, RecordStatementBodySchema, RecordStatementCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('statements')
@ApiBearerAuth()
@Controller('v1/statements')
export class RecordStatementController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({
    summary:
      'Record a statement that is not a claim (allegation, accusation, pledge, announcement, threat, propaganda, ' +
      'denial, other)',
  })
  @ApiWrite({
    role: 'reporter',
    conflict: 'The id exists with other content',
    unprocessable:
      'Unknown sourceId, author or about reference (the field is named, e.g. about.personIds.1), or madeAt after ' +
      'tomorrow',
  })
  execute(
    @Body({ schema: RecordStatementBodySchema }) body: RecordStatementBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordStatementCommand(body, ctx));
  }
}
