import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { ResolveReviewBody } from './resolve-review.schema.js';

export class ResolveReviewCommand extends Command<WriteResult> {
  constructor(
    readonly reviewId: string,
    readonly body: ResolveReviewBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
