import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AssessStatementBody } from './assess-statement.schema.js';

export class AssessStatementCommand extends Command<WriteResult> {
  constructor(
    readonly statementId: string,
    readonly body: AssessStatementBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
