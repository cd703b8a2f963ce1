import { Command } from '@nestjs/cqrs';
import type { CommandContext } from '../../infrastructure/command-context.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import type { AssertRelationBody } from './assert-relation.schema.js';

export class AssertRelationCommand extends Command<WriteResult> {
  constructor(
    readonly groupId: string,
    readonly body: AssertRelationBody,
    readonly ctx: CommandContext,
  ) {
    super();
  }
}
