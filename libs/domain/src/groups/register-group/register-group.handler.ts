import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onGroupClaimingNames } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideRegisterGroup } from './register-group.decide.js';
import { RegisterGroupCommand } from './register-group.command.js';

@CommandHandler(RegisterGroupCommand)
export class RegisterGroupHandler extends WriteHandler implements ICommandHandler<RegisterGroupCommand, WriteResult> {
  async execute({ body, ctx }: RegisterGroupCommand): Promise<WriteResult> {
    const groupId = body.id ?? randomUUID();
    const spec = await onGroupClaimingNames(
      this.directory,
      groupId,
      { names: [body.name, ...(body.aliases ?? [])], field: 'name' },
      {
        ctx,
        resultId: groupId,
        creates: true,
        decide: (s) => decideRegisterGroup(s, { groupId, name: body.name, aliases: body.aliases, kind: body.kind }),
      },
    );
    return this.writer.write(spec);
  }
}
