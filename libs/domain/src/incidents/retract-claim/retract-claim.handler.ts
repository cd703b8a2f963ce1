import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideRetractClaim } from './retract-claim.decide.js';
import { RetractClaimCommand } from './retract-claim.command.js';

@CommandHandler(RetractClaimCommand)
export class RetractClaimHandler extends WriteHandler implements ICommandHandler<RetractClaimCommand, WriteResult> {
  async execute({ incidentId, claimId, body, ctx }: RetractClaimCommand): Promise<WriteResult> {
    await this.directory.checkIncidentRefs({ incidentId, sources: [{ id: body.sourceId, field: 'sourceId' }] }, ctx);
    const retractionId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: retractionId,
        creates: true,
        decide: (s) =>
          decideRetractClaim(s, {
            now: new Date(),
            incidentId,
            claimId,
            retractionId,
            retractedAt: body.retractedAt,
            sourceId: body.sourceId,
            reason: body.reason,
            citation: body.citation,
          }),
      }),
    );
  }
}
