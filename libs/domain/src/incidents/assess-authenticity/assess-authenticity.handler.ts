import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { incidentStreamId } from '../../shared/event-envelope.js';
import { evolveIncident } from '../incident.state.js';
import { decideAssessAuthenticity } from './assess-authenticity.decide.js';
import { AssessAuthenticityCommand } from './assess-authenticity.command.js';

@CommandHandler(AssessAuthenticityCommand)
export class AssessAuthenticityHandler implements ICommandHandler<AssessAuthenticityCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, claimId, body, ctx }: AssessAuthenticityCommand): Promise<WriteResult> {
    return this.writer.write({
      streamId: incidentStreamId(incidentId),
      evolve: evolveIncident,
      ctx,
      resultId: claimId,
      incidentId,
      decide: (s) => decideAssessAuthenticity(s, { incidentId, claimId, verdict: body.verdict, basis: body.basis }),
    });
  }
}
