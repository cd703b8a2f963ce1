import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { claimantRefs } from '../../infrastructure/claimant-refs.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordDenial } from './record-denial.decide.js';
import { RecordDenialCommand } from './record-denial.command.js';

@CommandHandler(RecordDenialCommand)
export class RecordDenialHandler implements ICommandHandler<RecordDenialCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    readonly directory: DirectoryRepository,
    readonly persons: PersonNamesRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordDenialCommand): Promise<WriteResult> {
    const { group, spokespersonId } = await claimantRefs(this, incidentId, body, ctx);
    const denialId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: denialId,
        creates: true,
        decide: (s) =>
          decideRecordDenial(s, {
            now: new Date(),
            incidentId,
            denialId,
            groupId: group.id,
            deniedAt: body.deniedAt,
            sourceId: body.sourceId,
            statement: body.statement,
            spokesperson: body.spokesperson,
            spokespersonId,
            citation: body.citation,
          }),
      }),
    );
  }
}
