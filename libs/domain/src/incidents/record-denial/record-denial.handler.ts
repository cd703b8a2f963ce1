import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordDenial } from './record-denial.decide.js';
import { RecordDenialCommand } from './record-denial.command.js';

@CommandHandler(RecordDenialCommand)
export class RecordDenialHandler implements ICommandHandler<RecordDenialCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordDenialCommand): Promise<WriteResult> {
    const { group } = await this.directory.checkIncidentRefs({
      incidentId,
      group: { ref: body.group, field: 'group' },
      sources: [{ id: body.sourceId, field: 'sourceId' }],
    });
    const denialId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: denialId,
        creates: true,
        decide: (s) =>
          decideRecordDenial(s, {
            incidentId,
            denialId,
            groupId: group.id,
            deniedAt: body.deniedAt,
            sourceId: body.sourceId,
            statement: body.statement,
          }),
      }),
    );
  }
}
