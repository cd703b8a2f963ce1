import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideWithdrawAttribution } from './withdraw-attribution.decide.js';
import { WithdrawAttributionCommand } from './withdraw-attribution.command.js';

@CommandHandler(WithdrawAttributionCommand)
export class WithdrawAttributionHandler implements ICommandHandler<WithdrawAttributionCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ incidentId, attributionId, body, ctx }: WithdrawAttributionCommand): Promise<WriteResult> {
    return this.writer.write(
      onIncident(incidentId, {
        ctx,
        resultId: attributionId,
        decide: (s) => decideWithdrawAttribution(s, { incidentId, attributionId, reason: body.reason }),
      }),
    );
  }
}
