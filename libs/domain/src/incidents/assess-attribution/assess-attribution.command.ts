import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AssessAttributionBody } from './assess-attribution.schema.js';

export class AssessAttributionCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly body: AssessAttributionBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
