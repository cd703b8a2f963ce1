import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { NotFoundError } from '../../shared/domain-errors.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordClaim } from './record-claim.decide.js';
import { RecordClaimCommand } from './record-claim.command.js';

@CommandHandler(RecordClaimCommand)
export class RecordClaimHandler implements ICommandHandler<RecordClaimCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
    private readonly persons: PersonNamesRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordClaimCommand): Promise<WriteResult> {
    const { group } = await this.directory.checkIncidentRefs({
      incidentId,
      group: { ref: body.group, field: 'group' },
      sources: [{ id: body.sourceId, field: 'sourceId' }],
    });
    const spokespersonId = await this.spokesperson(body.spokespersonId);
    const claimId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: claimId,
        creates: true,
        decide: (s) =>
          decideRecordClaim(s, {
            now: new Date(),
            incidentId,
            claimId,
            groupId: group.id,
            channel: body.channel,
            claimedAt: body.claimedAt,
            sourceId: body.sourceId,
            spokesperson: body.spokesperson,
            spokespersonId,
            citation: body.citation,
            credibility: body.credibility,
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
