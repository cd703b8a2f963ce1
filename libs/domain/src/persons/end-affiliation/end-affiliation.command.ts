import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { EndAffiliationBody } from './end-affiliation.schema.js';

export class EndAffiliationCommand extends Command<WriteResult> {
  constructor(
    readonly personId: string,
    readonly affiliationId: string,
    readonly body: EndAffiliationBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
