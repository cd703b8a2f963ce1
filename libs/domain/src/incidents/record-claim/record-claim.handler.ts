import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordClaim } from './record-claim.decide.js';
import { RecordClaimCommand } from './record-claim.command.js';

@CommandHandler(RecordClaimCommand)
export class RecordClaimHandler implements ICommandHandler<RecordClaimCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordClaimCommand): Promise<WriteResult> {
    const { group } = await this.directory.checkIncidentRefs({
      incidentId,
      group: { ref: body.group, field: 'group' },
      sources: [{ id: body.sourceId, field: 'sourceId' }],
    });
    const claimId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: claimId,
        creates: true,
        decide: (s) =>
          decideRecordClaim(s, {
            incidentId,
            claimId,
            groupId: group.id,
            channel: body.channel,
            claimedAt: body.claimedAt,
            sourceId: body.sourceId,
            spokesperson: body.spokesperson,
            credibility: body.credibility,
          }),
      }),
    );
  }
}
