import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { groupStreamId } from '../../shared/event-envelope.js';
import { reservedNames } from '../group-names.js';
import { evolveGroup } from '../group.state.js';
import { decideRegisterGroup } from './register-group.decide.js';
import { RegisterGroupCommand } from './register-group.command.js';

@CommandHandler(RegisterGroupCommand)
export class RegisterGroupHandler implements ICommandHandler<RegisterGroupCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ body, ctx }: RegisterGroupCommand): Promise<WriteResult> {
    const groupId = body.id ?? randomUUID();
    const taken = await this.directory.takenNames([body.name, ...(body.aliases ?? [])], groupId);
    if (taken.length) throw new ConflictError('name_taken', `already used by another group: ${taken.join(', ')}`, { names: taken });
    return this.writer.write({
      streamId: groupStreamId(groupId),
      evolve: evolveGroup,
      ctx,
      resultId: groupId,
      creates: true,
      decide: (s) => decideRegisterGroup(s, { groupId, name: body.name, aliases: body.aliases, kind: body.kind }),
      inTransaction: (trx, events) => this.directory.reserveNames(trx, groupId, reservedNames(events), 'name'),
    });
  }
}
