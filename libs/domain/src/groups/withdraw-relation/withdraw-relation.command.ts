import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { WithdrawRelationBody } from './withdraw-relation.schema.js';

export class WithdrawRelationCommand extends Command<WriteResult> {
  constructor(
    readonly groupId: string,
    readonly relationId: string,
    readonly body: WithdrawRelationBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
