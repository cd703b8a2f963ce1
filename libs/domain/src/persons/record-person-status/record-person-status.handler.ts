import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onPerson } from '../../infrastructure/person-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideRecordPersonStatus } from './record-person-status.decide.js';
import { RecordPersonStatusCommand } from './record-person-status.command.js';

@CommandHandler(RecordPersonStatusCommand)
export class RecordPersonStatusHandler
  extends WriteHandler
  implements ICommandHandler<RecordPersonStatusCommand, WriteResult>
{
  async execute({ personId, body, ctx }: RecordPersonStatusCommand): Promise<WriteResult> {
    await this.directory.checkPersonRefs(personId, { sourceId: body.sourceId, incidentId: body.incidentId });
    const statusId = body.id ?? randomUUID();
    return this.writer.write(
      onPerson(personId, {
        ctx,
        resultId: statusId,
        creates: true,
        decide: (s) =>
          decideRecordPersonStatus(s, {
            personId,
            statusId,
            status: body.status,
            at: body.at,
            announcedAt: body.announcedAt,
            sourceId: body.sourceId,
            citation: body.citation,
            incidentId: body.incidentId,
            note: body.note,
            now: new Date(),
          }),
      }),
    );
  }
}
