import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RecordDenialBody } from './record-denial.schema.js';

export class RecordDenialCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly body: RecordDenialBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
