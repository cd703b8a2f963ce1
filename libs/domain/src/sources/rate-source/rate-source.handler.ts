import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onSource } from '../../infrastructure/aggregate-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRateSource } from './rate-source.decide.js';
import { RateSourceCommand } from './rate-source.command.js';

@CommandHandler(RateSourceCommand)
export class RateSourceHandler implements ICommandHandler<RateSourceCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ sourceId, body, ctx }: RateSourceCommand): Promise<WriteResult> {
    return this.writer.write(
      onSource(sourceId, {
        ctx,
        resultId: sourceId,
        decide: (s) => decideRateSource(s, { sourceId, reliability: body.reliability, reason: body.reason }),
      }),
    );
  }
}
