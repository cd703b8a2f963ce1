import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { groupStreamId } from '../../shared/event-envelope.js';
import { evolveGroup } from '../group.state.js';
import { decideWithdrawRelation } from './withdraw-relation.decide.js';
import { WithdrawRelationCommand } from './withdraw-relation.command.js';

@CommandHandler(WithdrawRelationCommand)
export class WithdrawRelationHandler implements ICommandHandler<WithdrawRelationCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ groupId, relationId, body, ctx }: WithdrawRelationCommand): Promise<WriteResult> {
    return this.writer.write({
      streamId: groupStreamId(groupId),
      evolve: evolveGroup,
      ctx,
      resultId: relationId,
      decide: (s) => decideWithdrawRelation(s, { groupId, relationId, reason: body.reason }),
    });
  }
}
