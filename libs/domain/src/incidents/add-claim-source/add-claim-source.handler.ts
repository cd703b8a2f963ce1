import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
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
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: claimId,
        decide: (s) =>
          decideAddClaimSource(s, {
            incidentId,
            claimId,
            sourceId: body.sourceId,
            credibility: body.credibility,
            citation: body.citation,
          }),
      }),
    );
  }
}
