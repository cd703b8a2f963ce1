import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { onPersonClaimingNames } from '../../infrastructure/person-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideAddPersonAlias } from './add-person-alias.decide.js';
import { AddPersonAliasCommand } from './add-person-alias.command.js';

@CommandHandler(AddPersonAliasCommand)
export class AddPersonAliasHandler implements ICommandHandler<AddPersonAliasCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
    private readonly names: PersonNamesRepository,
  ) {}

  async execute({ personId, body, ctx }: AddPersonAliasCommand): Promise<WriteResult> {
    // The path first (404), then whether another person holds the name (409).
    await this.directory.requireStream('person', personId);
    const { alias, validFrom, validTo } = body;
    const spec = await onPersonClaimingNames(this.names, personId, [{ name: alias, field: 'alias' }], {
      ctx,
      resultId: personId,
      decide: (s) => decideAddPersonAlias(s, { personId, alias, validFrom, validTo, now: new Date() }),
    });
    return this.writer.write(spec);
  }
}
