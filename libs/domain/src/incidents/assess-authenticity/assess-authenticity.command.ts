import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AssessAuthenticityBody } from './assess-authenticity.schema.js';

export class AssessAuthenticityCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly claimId: string,
    readonly body: AssessAuthenticityBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
