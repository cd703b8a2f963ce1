import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type MarkDuplicateBody, MarkDuplicateBodySchema, MarkDuplicateCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class MarkDuplicateController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/duplicate-of')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Mark this incident a duplicate of another' })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident',
    conflict: 'The incident is already marked a duplicate, or other incidents are duplicates of it (has_duplicates)',
    unprocessable: 'Unknown incidentId in the body, the incident itself, or one whose root is this incident',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: MarkDuplicateBodySchema }) body: MarkDuplicateBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new MarkDuplicateCommand(incidentId, body, ctx));
  }
}
