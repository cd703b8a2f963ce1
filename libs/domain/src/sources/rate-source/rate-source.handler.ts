import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { sourceStreamId } from '../../shared/event-envelope.js';
import { evolveSource } from '../source.state.js';
import { decideRateSource } from './rate-source.decide.js';
import { RateSourceCommand } from './rate-source.command.js';

@CommandHandler(RateSourceCommand)
export class RateSourceHandler implements ICommandHandler<RateSourceCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ sourceId, body, ctx }: RateSourceCommand): Promise<WriteResult> {
    return this.writer.write({
      streamId: sourceStreamId(sourceId),
      evolve: evolveSource,
      ctx,
      resultId: sourceId,
      decide: (s) => decideRateSource(s, { sourceId, reliability: body.reliability, reason: body.reason }),
    });
  }
}
