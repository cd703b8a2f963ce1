import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AddAliasBody } from './add-alias.schema.js';

export class AddAliasCommand extends Command<WriteResult> {
  constructor(
    readonly groupId: string,
    readonly body: AddAliasBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
