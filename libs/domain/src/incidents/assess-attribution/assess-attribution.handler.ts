import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideAssessAttribution } from './assess-attribution.decide.js';
import { AssessAttributionCommand } from './assess-attribution.command.js';

@CommandHandler(AssessAttributionCommand)
export class AssessAttributionHandler
  extends WriteHandler
  implements ICommandHandler<AssessAttributionCommand, WriteResult>
{
  async execute({ incidentId, body, ctx }: AssessAttributionCommand): Promise<WriteResult> {
    const sources = (body.sourceIds ?? []).map((id, i) => ({ id, field: `sourceIds.${i}` }));
    const { group } = await this.directory.checkIncidentRefs(
      {
        incidentId,
        group: { ref: body.group, field: 'group' },
        sources,
      },
      ctx,
    );
    const attributionId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: attributionId,
        creates: true,
        decide: (s) =>
          decideAssessAttribution(s, {
            incidentId,
            attributionId,
            groupId: group.id,
            confidence: body.confidence,
            basis: body.basis,
            sourceIds: body.sourceIds,
            citation: body.citation,
          }),
      }),
    );
  }
}
