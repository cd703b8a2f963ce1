import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RecordStatementBody } from './record-statement.schema.js';

export class RecordStatementCommand extends Command<WriteResult> {
  constructor(
    readonly body: RecordStatementBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
