import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { sourceStreamId } from '../../shared/event-envelope.js';
import { evolveSource } from '../source.state.js';
import { decideRegisterSource } from './register-source.decide.js';
import { RegisterSourceCommand } from './register-source.command.js';

@CommandHandler(RegisterSourceCommand)
export class RegisterSourceHandler implements ICommandHandler<RegisterSourceCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ body, ctx }: RegisterSourceCommand): Promise<WriteResult> {
    const sourceId = body.id ?? randomUUID();
    return this.writer.write({
      streamId: sourceStreamId(sourceId),
      evolve: evolveSource,
      ctx,
      resultId: sourceId,
      creates: true,
      decide: (s) => decideRegisterSource(s, { sourceId, name: body.name, kind: body.kind, reliability: body.reliability }),
    });
  }
}
