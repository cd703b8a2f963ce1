import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AddClaimSourceBody } from './add-claim-source.schema.js';

export class AddClaimSourceCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly claimId: string,
    readonly body: AddClaimSourceBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
