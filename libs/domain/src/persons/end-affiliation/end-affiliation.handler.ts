import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onPerson } from '../../infrastructure/person-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideEndAffiliation } from './end-affiliation.decide.js';
import { EndAffiliationCommand } from './end-affiliation.command.js';

@CommandHandler(EndAffiliationCommand)
export class EndAffiliationHandler extends WriteHandler implements ICommandHandler<EndAffiliationCommand, WriteResult> {
  async execute({ personId, affiliationId, body, ctx }: EndAffiliationCommand): Promise<WriteResult> {
    const toGroup = await this.directory.checkPersonRefs(personId, {
      group: body.toGroup ? { ref: body.toGroup, field: 'toGroup' } : null,
      sourceId: body.sourceId,
    });
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
