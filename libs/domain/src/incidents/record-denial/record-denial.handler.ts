import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { NotFoundError } from '../../shared/domain-errors.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordDenial } from './record-denial.decide.js';
import { RecordDenialCommand } from './record-denial.command.js';

@CommandHandler(RecordDenialCommand)
export class RecordDenialHandler implements ICommandHandler<RecordDenialCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
    private readonly persons: PersonNamesRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordDenialCommand): Promise<WriteResult> {
    const { group } = await this.directory.checkIncidentRefs({
      incidentId,
      group: { ref: body.group, field: 'group' },
      sources: [{ id: body.sourceId, field: 'sourceId' }],
    });
    const spokespersonId = await this.spokesperson(body.spokespersonId);
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

  /** The spokesperson named by id, name or alias; unknown → 422 naming `spokespersonId`. */
  private async spokesperson(ref: string | null | undefined): Promise<string | null> {
    if (ref == null) return null;
    const person = await this.persons.resolve(ref);
    if (!person) throw new NotFoundError('person', ref.trim(), 'spokespersonId');
    return person.id;
  }
}
