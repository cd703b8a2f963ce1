import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { CorrectIncidentBody } from './correct-incident.schema.js';

export class CorrectIncidentCommand extends Command<WriteResult> {
  constructor(
    readonly incidentId: string,
    readonly body: CorrectIncidentBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
