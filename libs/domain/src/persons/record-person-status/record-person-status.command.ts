import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RecordPersonStatusBody } from './record-person-status.schema.js';

export class RecordPersonStatusCommand extends Command<WriteResult> {
  constructor(
    readonly personId: string,
    readonly body: RecordPersonStatusBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
