import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { MarkDuplicateBody } from './mark-duplicate.schema.js';

export class MarkDuplicateCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly body: MarkDuplicateBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
