import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { incidentStreamId } from '../../shared/event-envelope.js';
import { evolveIncident } from '../incident.state.js';
import { decideRecordClaim } from './record-claim.decide.js';
import { RecordClaimCommand } from './record-claim.command.js';

@CommandHandler(RecordClaimCommand)
export class RecordClaimHandler implements ICommandHandler<RecordClaimCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, body, ctx }: RecordClaimCommand): Promise<WriteResult> {
    await this.directory.requireStream(incidentStreamId(incidentId), 'incident', incidentId);
    const group = await this.directory.resolveGroup(body.group, 'group');
    await this.directory.requireSource(body.sourceId, 'sourceId');
    const claimId = body.id ?? randomUUID();
    return this.writer.write({
      streamId: incidentStreamId(incidentId),
      evolve: evolveIncident,
      ctx,
      resultId: claimId,
      creates: true,
      incidentId,
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
    });
  }
}
