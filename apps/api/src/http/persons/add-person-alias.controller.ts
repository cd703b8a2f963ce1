import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AddPersonAliasBody, AddPersonAliasBodySchema, AddPersonAliasCommand, idParamSchema } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class AddPersonAliasController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/aliases')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Add an alias to a person (a kunya, a nom de guerre)' })
  @ApiWrite({
    role: 'analyst',
    notFound: 'Unknown person',
    conflict: 'The alias is already this person’s, or another person’s (`name_taken`, naming the holder)',
    unprocessable: 'validTo before validFrom, a date in the future, bidirectional control characters',
  })
  execute(
    @Param('id', { schema: idParamSchema }) personId: string,
    @Body({ schema: AddPersonAliasBodySchema }) body: AddPersonAliasBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new AddPersonAliasCommand(personId, body, ctx));
  }
}
