import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AddPersonAliasBody } from './add-person-alias.schema.js';

export class AddPersonAliasCommand extends Command<WriteResult> {
  constructor(
    readonly personId: string,
    readonly body: AddPersonAliasBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
