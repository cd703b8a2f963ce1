import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RetractClaimBody } from './retract-claim.schema.js';

export class RetractClaimCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly claimId: string,
    readonly body: RetractClaimBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
