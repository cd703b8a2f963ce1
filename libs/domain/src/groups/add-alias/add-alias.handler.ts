import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { groupStreamId } from '../../shared/event-envelope.js';
import { reservedNames } from '../group-names.js';
import { evolveGroup } from '../group.state.js';
import { decideAddAlias } from './add-alias.decide.js';
import { AddAliasCommand } from './add-alias.command.js';

@CommandHandler(AddAliasCommand)
export class AddAliasHandler implements ICommandHandler<AddAliasCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ groupId, body, ctx }: AddAliasCommand): Promise<WriteResult> {
    const taken = await this.directory.takenNames([body.alias], groupId);
    if (taken.length) throw new ConflictError('name_taken', `already used by another group: ${taken.join(', ')}`, { names: taken });
    return this.writer.write({
      streamId: groupStreamId(groupId),
      evolve: evolveGroup,
      ctx,
      resultId: groupId,
      decide: (s) => decideAddAlias(s, { groupId, alias: body.alias, validFrom: body.validFrom, validTo: body.validTo }),
      inTransaction: (trx, events) => this.directory.reserveNames(trx, groupId, reservedNames(events), 'alias'),
    });
  }
}
