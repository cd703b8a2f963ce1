import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  idParamSchema,
  type RecordPersonStatusBody,
  RecordPersonStatusBodySchema,
  RecordPersonStatusCommand,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class RecordPersonStatusController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/status')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({
    summary: 'Record what became of a person; `announcedAt` later than `at` records a concealed fact',
  })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown person',
    conflict: 'The same status at the same date is already recorded, or the id exists with other content',
    unprocessable: 'Unknown source or incident, at after announcedAt, a date in the future',
  })
  execute(
    @Param('id', { schema: idParamSchema }) personId: string,
    @Body({ schema: RecordPersonStatusBodySchema }) body: RecordPersonStatusBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RecordPersonStatusCommand(personId, body, ctx));
  }
}
