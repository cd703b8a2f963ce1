import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { incidentStreamId } from '../../shared/event-envelope.js';
import { evolveIncident } from '../incident.state.js';
import { decideAddClaimSource } from './add-claim-source.decide.js';
import { AddClaimSourceCommand } from './add-claim-source.command.js';

@CommandHandler(AddClaimSourceCommand)
export class AddClaimSourceHandler implements ICommandHandler<AddClaimSourceCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, claimId, body, ctx }: AddClaimSourceCommand): Promise<WriteResult> {
    await this.directory.checkIncidentRefs({ incidentId, sources: [{ id: body.sourceId, field: 'sourceId' }] });
    return this.writer.write({
      streamId: incidentStreamId(incidentId),
      evolve: evolveIncident,
      ctx,
      resultId: claimId,
      incidentId,
      decide: (s) => decideAddClaimSource(s, { incidentId, claimId, sourceId: body.sourceId, credibility: body.credibility }),
    });
  }
}
