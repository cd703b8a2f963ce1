import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type RegisterGroupBody, RegisterGroupBodySchema, RegisterGroupCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

@ApiTags('groups')
@ApiBearerAuth()
@Controller('v1/groups')
export class RegisterGroupController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({
    summary: 'Register a group with its aliases (names and aliases unique across groups, case-insensitive)',
  })
  @ApiWrite({
    role: 'analyst',
    conflict: 'A name or alias is already used by another group, or the id exists with other content',
  })
  execute(
    @Body({ schema: RegisterGroupBodySchema }) body: RegisterGroupBody,
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new RegisterGroupCommand(body, ctx));
  }
}
