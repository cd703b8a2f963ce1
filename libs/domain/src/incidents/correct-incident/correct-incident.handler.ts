import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideCorrectIncident } from './correct-incident.decide.js';
import { CorrectIncidentCommand } from './correct-incident.command.js';

@CommandHandler(CorrectIncidentCommand)
export class CorrectIncidentHandler
  extends WriteHandler
  implements ICommandHandler<CorrectIncidentCommand, WriteResult>
{
  async execute({ incidentId, body, ctx }: CorrectIncidentCommand): Promise<WriteResult> {
    const sources = (body.fields.sourceIds ?? []).map((id, i) => ({ id, field: `fields.sourceIds.${i}` }));
    await this.directory.checkIncidentRefs({ incidentId, sources }, ctx);
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: incidentId,
        decide: (s) =>
          decideCorrectIncident(s, {
            now: new Date(),
            incidentId,
            fields: body.fields,
            reason: body.reason,
            citation: body.citation,
          }),
      }),
    );
  }
}
