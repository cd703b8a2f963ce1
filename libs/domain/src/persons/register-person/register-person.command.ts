import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { RegisterPersonBody } from './register-person.schema.js';

export class RegisterPersonCommand extends Command<WriteResult> {
  constructor(
    readonly body: RegisterPersonBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
