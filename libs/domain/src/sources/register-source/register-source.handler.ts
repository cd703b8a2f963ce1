import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onSource } from '../../infrastructure/aggregate-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideRegisterSource } from './register-source.decide.js';
import { RegisterSourceCommand } from './register-source.command.js';

@CommandHandler(RegisterSourceCommand)
export class RegisterSourceHandler implements ICommandHandler<RegisterSourceCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ body, ctx }: RegisterSourceCommand): Promise<WriteResult> {
    const sourceId = body.id ?? randomUUID();
    return this.writer.write(
      onSource(sourceId, {
        ctx,
        resultId: sourceId,
        creates: true,
        decide: (s) =>
          decideRegisterSource(s, { sourceId, name: body.name, kind: body.kind, reliability: body.reliability }),
      }),
    );
  }
}
