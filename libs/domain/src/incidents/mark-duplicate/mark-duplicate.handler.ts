import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { incidentStreamId } from '../../shared/event-envelope.js';
import { evolveIncident } from '../incident.state.js';
import { decideMarkDuplicate } from './mark-duplicate.decide.js';
import { MarkDuplicateCommand } from './mark-duplicate.command.js';

@CommandHandler(MarkDuplicateCommand)
export class MarkDuplicateHandler extends WriteHandler implements ICommandHandler<MarkDuplicateCommand, WriteResult> {
  async execute({ incidentId, body, ctx }: MarkDuplicateCommand): Promise<WriteResult> {
    await this.directory.requireStream(incidentStreamId(incidentId), 'incident', incidentId);
    await this.directory.requireIncident(body.incidentId, 'incidentId');
    const original = await this.writer.load(incidentStreamId(body.incidentId), evolveIncident);
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: incidentId,
        decide: (s) =>
          decideMarkDuplicate(s, {
            incidentId,
            duplicateOf: body.incidentId,
            reason: body.reason,
            originalDuplicateOf: original.state?.duplicateOf ?? null,
          }),
      }),
    );
  }
}
