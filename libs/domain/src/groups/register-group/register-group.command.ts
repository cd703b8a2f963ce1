import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RegisterGroupBody } from './register-group.schema.js';

export class RegisterGroupCommand extends Command<WriteResult> {
  constructor(
    readonly body: RegisterGroupBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
