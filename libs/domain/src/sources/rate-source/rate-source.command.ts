import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RateSourceBody } from './rate-source.schema.js';

export class RateSourceCommand extends Command<WriteResult> {
  constructor(
    readonly sourceId: string,
    readonly body: RateSourceBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
