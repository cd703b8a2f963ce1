import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onGroup } from '../../infrastructure/aggregate-writes.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { decideAssertRelation } from './assert-relation.decide.js';
import { AssertRelationCommand } from './assert-relation.command.js';

@CommandHandler(AssertRelationCommand)
export class AssertRelationHandler extends WriteHandler implements ICommandHandler<AssertRelationCommand, WriteResult> {
  async execute({ groupId, body, ctx }: AssertRelationCommand): Promise<WriteResult> {
    await this.directory.requireStream('group', groupId);
    const other = await this.directory.resolveGroup(body.otherGroup, 'otherGroup');
    await this.directory.requireSource(body.sourceId, 'sourceId');
    const relationId = body.id ?? randomUUID();
    return this.writer.write(
      onGroup(groupId, {
        ctx,
        resultId: relationId,
        creates: true,
        decide: (s) =>
          decideAssertRelation(s, {
            groupId,
            relationId,
            relation: body.relation,
            otherGroupId: other.id,
            validFrom: body.validFrom,
            validTo: body.validTo,
            sourceId: body.sourceId,
            citation: body.citation,
            confidence: body.confidence,
          }),
      }),
    );
  }
}
