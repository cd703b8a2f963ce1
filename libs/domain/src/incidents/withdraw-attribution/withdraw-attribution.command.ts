import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { WithdrawAttributionBody } from './withdraw-attribution.schema.js';

export class WithdrawAttributionCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly attributionId: string,
    readonly body: WithdrawAttributionBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
