import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { ReportIncidentBody } from './report-incident.schema.js';

export class ReportIncidentCommand extends Command<WriteResult> {
  constructor(
    readonly body: ReportIncidentBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
