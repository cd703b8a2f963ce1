import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideAssessAuthenticity } from './assess-authenticity.decide.js';
import { AssessAuthenticityCommand } from './assess-authenticity.command.js';

@CommandHandler(AssessAuthenticityCommand)
export class AssessAuthenticityHandler implements ICommandHandler<AssessAuthenticityCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ incidentId, claimId, body, ctx }: AssessAuthenticityCommand): Promise<WriteResult> {
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: claimId,
        decide: (s) => decideAssessAuthenticity(s, { incidentId, claimId, verdict: body.verdict, basis: body.basis }),
      }),
    );
  }
}
