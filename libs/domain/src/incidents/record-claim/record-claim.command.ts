import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RecordClaimBody } from './record-claim.schema.js';

export class RecordClaimCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly body: RecordClaimBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
