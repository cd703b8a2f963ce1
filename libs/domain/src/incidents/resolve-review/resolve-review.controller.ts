import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Ctx, RequireRole } from '../../http-bindings.js';
import type { CommandContext } from '../../shared/command-context.js';
import { idParamSchema } from '../../shared/schemas.js';
import { ApiWrite, type WriteResponse } from '../../openapi/index.js';
import { ResolveReviewCommand } from './resolve-review.command.js';
import { ResolveReviewBodySchema, type ResolveReviewBody } from './resolve-review.schema.js';

@ApiTags('reviews')
@ApiBearerAuth()
@Controller('v1/reviews')
export class ResolveReviewController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/resolution')
  @HttpCode(201)
  @RequireRole('analyst')
  @ApiOperation({ summary: 'Resolve a review: uphold or reject the claim, with a note' })
  @ApiWrite({ role: 'analyst', notFound: 'Unknown review', conflict: 'The review is already resolved' })
  execute(
    @Param('id', { schema: idParamSchema }) reviewId: string,
    @Body({ schema: ResolveReviewBodySchema }) body: ResolveReviewBody,
    @Ctx() ctx: CommandContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new ResolveReviewCommand(reviewId, body, ctx));
  }
}
