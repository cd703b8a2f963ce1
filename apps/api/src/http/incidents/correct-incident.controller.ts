import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type CorrectIncidentBody,
  CorrectIncidentBodySchema,
  CorrectIncidentCommand,
  idParamSchema,
} from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('incidents')
@ApiBearerAuth()
@Controller('v1/incidents')
export class CorrectIncidentController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/corrections')
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({ summary: 'Correct fields of an incident, with the reason (the original stays in the history)' })
  @ApiWrite({
    role: 'reporter',
    notFound: 'Unknown incident',
    conflict: 'The incident is marked a duplicate',
    unprocessable: 'Unknown sourceIds or country, or a rule of incidents',
  })
  execute(
    @Param('id', { schema: idParamSchema }) incidentId: string,
    @Body({ schema: CorrectIncidentBodySchema }) body: CorrectIncidentBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new CorrectIncidentCommand(incidentId, body, ctx));
  }
}
