import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RecordAffiliationBody } from './record-affiliation.schema.js';

export class RecordAffiliationCommand extends Command<WriteResult> {
  constructor(
    readonly personId: string,
    readonly body: RecordAffiliationBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
