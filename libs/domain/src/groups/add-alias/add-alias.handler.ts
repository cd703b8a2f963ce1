import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onGroupClaimingNames } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideAddAlias } from './add-alias.decide.js';
import { AddAliasCommand } from './add-alias.command.js';

@CommandHandler(AddAliasCommand)
export class AddAliasHandler extends WriteHandler implements ICommandHandler<AddAliasCommand, WriteResult> {
  async execute({ groupId, body, ctx }: AddAliasCommand): Promise<WriteResult> {
    const { alias, validFrom, validTo } = body;
    const spec = await onGroupClaimingNames(
      this.directory,
      groupId,
      { names: [alias], field: 'alias' },
      {
        ctx,
        resultId: groupId,
        decide: (s) => decideAddAlias(s, { groupId, alias, validFrom, validTo }),
      },
    );
    return this.writer.write(spec);
  }
}
