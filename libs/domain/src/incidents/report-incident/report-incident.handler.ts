import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideReportIncident } from './report-incident.decide.js';
import { ReportIncidentCommand } from './report-incident.command.js';

@CommandHandler(ReportIncidentCommand)
export class ReportIncidentHandler extends WriteHandler implements ICommandHandler<ReportIncidentCommand, WriteResult> {
  async execute({ body, ctx }: ReportIncidentCommand): Promise<WriteResult> {
    await this.directory.requireSources(body.sourceIds ?? undefined, 'sourceIds');
    const incidentId = body.id ?? randomUUID();
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: incidentId,
        creates: true,
        decide: (s) => decideReportIncident(s, { ...body, incidentId, now: new Date() }),
      }),
    );
  }
}
