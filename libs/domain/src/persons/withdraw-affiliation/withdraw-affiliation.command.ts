import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { WithdrawAffiliationBody } from './withdraw-affiliation.schema.js';

export class WithdrawAffiliationCommand extends Command<WriteResult> {
  constructor(
    readonly personId: string,
    readonly affiliationId: string,
    readonly body: WithdrawAffiliationBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
