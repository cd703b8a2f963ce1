import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideResolveReview } from './resolve-review.decide.js';
import { ResolveReviewCommand } from './resolve-review.command.js';

@CommandHandler(ResolveReviewCommand)
export class ResolveReviewHandler extends WriteHandler implements ICommandHandler<ResolveReviewCommand, WriteResult> {
  async execute({ reviewId, body, ctx }: ResolveReviewCommand): Promise<WriteResult> {
    const incidentId = await this.directory.incidentOfReview(reviewId);
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: reviewId,
        decide: (s) => decideResolveReview(s, { incidentId, reviewId, decision: body.decision, note: body.note }),
      }),
    );
  }
}
