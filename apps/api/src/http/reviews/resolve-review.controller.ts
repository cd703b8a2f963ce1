import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { idParamSchema, type ResolveReviewBody, ResolveReviewBodySchema, ResolveReviewCommand } from '@app/domain';
import { ApiWrite, Ctx, type RequestContext, RequireRole, type WriteResponse } from '@app/http';

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
    @Ctx() ctx: RequestContext,
  ): Promise<WriteResponse> {
    return this.commands.execute(new ResolveReviewCommand(reviewId, body, ctx));
  }
}
