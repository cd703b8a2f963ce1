import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { claimantRefs } from '../../infrastructure/claimant-refs.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { PersonNamesRepository } from '../../infrastructure/person-names.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRecordClaim } from './record-claim.decide.js';
import { RecordClaimCommand } from './record-claim.command.js';

@CommandHandler(RecordClaimCommand)
export class RecordClaimHandler implements ICommandHandler<RecordClaimCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    readonly directory: DirectoryRepository,
    readonly persons: PersonNamesRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordClaimCommand): Promise<WriteResult> {
    const { group, spokespersonId } = await claimantRefs(this, incidentId, body, ctx);
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
}
