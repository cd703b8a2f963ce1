import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { incidentStreamId } from '../../shared/event-envelope.js';
import { evolveIncident } from '../incident.state.js';
import { decideWithdrawAttribution } from './withdraw-attribution.decide.js';
import { WithdrawAttributionCommand } from './withdraw-attribution.command.js';

@CommandHandler(WithdrawAttributionCommand)
export class WithdrawAttributionHandler implements ICommandHandler<WithdrawAttributionCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ incidentId, attributionId, body, ctx }: WithdrawAttributionCommand): Promise<WriteResult> {
    return this.writer.write({
      streamId: incidentStreamId(incidentId),
      evolve: evolveIncident,
      ctx,
      resultId: attributionId,
      incidentId,
      decide: (s) => decideWithdrawAttribution(s, { incidentId, attributionId, reason: body.reason }),
    });
  }
}
