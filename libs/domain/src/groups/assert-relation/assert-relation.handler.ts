import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onGroup } from '../../infrastructure/aggregate-writes.js';
import { DirectoryRepository } from '../../infrastructure/directory.repository.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { groupStreamId } from '../../shared/event-envelope.js';
import { decideAssertRelation } from './assert-relation.decide.js';
import { AssertRelationCommand } from './assert-relation.command.js';

@CommandHandler(AssertRelationCommand)
export class AssertRelationHandler implements ICommandHandler<AssertRelationCommand, WriteResult> {
  constructor(
    private readonly writer: StreamWriter,
    private readonly directory: DirectoryRepository,
  ) {}

  async execute({ groupId, body, ctx }: AssertRelationCommand): Promise<WriteResult> {
    await this.directory.requireStream(groupStreamId(groupId), 'group', groupId);
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
