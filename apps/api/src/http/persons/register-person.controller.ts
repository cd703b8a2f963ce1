import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RegisterPersonBody, RegisterPersonBodySchema, RegisterPersonCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('persons')
@ApiBearerAuth()
@Controller('v1/persons')
export class RegisterPersonController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('reporter')
  @ApiOperation({
    summary: 'Register a person with their aliases (names and aliases unique across persons, case-insensitive)',
  })
  @ApiWrite({
    role: 'reporter',
    conflict:
      'A name or alias is already used by another person (`name_taken`, naming the holder), or the id exists ' +
      'with other content',
    unprocessable: 'A name with bidirectional control characters',
  })
  execute(
    @Body({ schema: RegisterPersonBodySchema }) body: RegisterPersonBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RegisterPersonCommand(body, ctx));
  }
}
