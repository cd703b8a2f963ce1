import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onPerson } from '../../infrastructure/person-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideRecordAffiliation } from './record-affiliation.decide.js';
import { RecordAffiliationCommand } from './record-affiliation.command.js';

@CommandHandler(RecordAffiliationCommand)
export class RecordAffiliationHandler
  extends WriteHandler
  implements ICommandHandler<RecordAffiliationCommand, WriteResult>
{
  async execute({ personId, body, ctx }: RecordAffiliationCommand): Promise<WriteResult> {
    const group = await this.directory.checkPersonRefs(personId, {
      group: { ref: body.group, field: 'group' },
      sourceId: body.sourceId,
    });
    const affiliationId = body.id ?? randomUUID();
    return this.writer.write(
      onPerson(personId, {
        ctx,
        resultId: affiliationId,
        creates: true,
        decide: (s) =>
          decideRecordAffiliation(s, {
            personId,
            affiliationId,
            groupId: group.id,
            role: body.role,
            validFrom: body.validFrom,
            validTo: body.validTo,
            sourceId: body.sourceId,
            citation: body.citation,
            confidence: body.confidence,
            now: new Date(),
          }),
      }),
    );
  }
}
