import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onGroup } from '../../infrastructure/aggregate-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideWithdrawRelation } from './withdraw-relation.decide.js';
import { WithdrawRelationCommand } from './withdraw-relation.command.js';

@CommandHandler(WithdrawRelationCommand)
export class WithdrawRelationHandler implements ICommandHandler<WithdrawRelationCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ groupId, relationId, body, ctx }: WithdrawRelationCommand): Promise<WriteResult> {
    return this.writer.write(
      onGroup(groupId, {
        ctx,
        resultId: relationId,
        decide: (s) => decideWithdrawRelation(s, { groupId, relationId, reason: body.reason }),
      }),
    );
  }
}
