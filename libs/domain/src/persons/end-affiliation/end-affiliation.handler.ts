import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { onPerson } from '../../infrastructure/person-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { personStreamId } from '../../shared/event-envelope.js';
import { decideEndAffiliation } from './end-affiliation.decide.js';
import { EndAffiliationCommand } from './end-affiliation.command.js';

@CommandHandler(EndAffiliationCommand)
export class EndAffiliationHandler implements ICommandHandler<EndAffiliationCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ personId, affiliationId, body, ctx }: EndAffiliationCommand): Promise<WriteResult> {
    await this.directory.requireStream(personStreamId(personId), 'person', personId);
    const toGroup = body.toGroup ? await this.directory.resolveGroup(body.toGroup, 'toGroup') : null;
    await this.directory.requireSource(body.sourceId, 'sourceId');
    return this.writer.write(
      onPerson(personId, {
        ctx,
        resultId: affiliationId,
        decide: (s) =>
          decideEndAffiliation(s, {
            personId,
            affiliationId,
            validTo: body.validTo,
            reason: body.reason,
            toGroupId: toGroup?.id ?? null,
            sourceId: body.sourceId,
            citation: body.citation,
            now: new Date(),
          }),
      }),
    );
  }
}
