import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { onPersonClaimingNames } from '../../infrastructure/person-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRegisterPerson } from './register-person.decide.js';
import { RegisterPersonCommand } from './register-person.command.js';

@CommandHandler(RegisterPersonCommand)
export class RegisterPersonHandler implements ICommandHandler<RegisterPersonCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly names: PersonNamesRepository,
  ) {}

  async execute({ body, ctx }: RegisterPersonCommand): Promise<WriteResult> {
    const personId = body.id ?? randomUUID();
    const claim = [
      { name: body.name, field: 'name' },
      ...(body.aliases ?? []).map((name, i) => ({ name, field: `aliases.${i}` })),
    ];
    const spec = await onPersonClaimingNames(this.names, personId, claim, {
      ctx,
      resultId: personId,
      creates: true,
      decide: (s) =>
        decideRegisterPerson(s, { personId, name: body.name, aliases: body.aliases, summary: body.summary }),
    });
    return this.writer.write(spec);
  }
}
