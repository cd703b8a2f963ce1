import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { onPersonClaimingNames } from '../../infrastructure/person-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideAddPersonAlias } from './add-person-alias.decide.js';
import { AddPersonAliasCommand } from './add-person-alias.command.js';

@CommandHandler(AddPersonAliasCommand)
export class AddPersonAliasHandler extends WriteHandler implements ICommandHandler<AddPersonAliasCommand, WriteResult> {
  @Inject(PersonNamesRepository) private readonly names!: PersonNamesRepository;

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
