import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideAddClaimSource } from './add-claim-source.decide.js';
import { AddClaimSourceCommand } from './add-claim-source.command.js';

@CommandHandler(AddClaimSourceCommand)
export class AddClaimSourceHandler extends WriteHandler implements ICommandHandler<AddClaimSourceCommand, WriteResult> {
  async execute({ incidentId, claimId, body, ctx }: AddClaimSourceCommand): Promise<WriteResult> {
    await this.directory.checkIncidentRefs({ incidentId, sources: [{ id: body.sourceId, field: 'sourceId' }] }, ctx);
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
