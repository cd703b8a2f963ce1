import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RegisterSourceBody } from './register-source.schema.js';

export class RegisterSourceCommand extends Command<WriteResult> {
  constructor(
    readonly body: RegisterSourceBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
