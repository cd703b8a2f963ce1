import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onIncident } from '../../infrastructure/aggregate-writes.js';
import {
  DuplicateRootMoved,
  IncidentDuplicatesRepository,
} from '../../infrastructure/incident-duplicates.repository.js';
import type { WriteResult } from '../../infrastructure/stream-writer.js';
import { WriteHandler } from '../../infrastructure/write-handler.js';
import { ConflictError } from '../../shared/domain-errors.js';
import { decideMarkDuplicate } from './mark-duplicate.decide.js';
import { MarkDuplicateCommand } from './mark-duplicate.command.js';

/** Times a marking resolves the root again when it moved under it (another marking landed first). */
const ROOT_RETRIES = 5;

@CommandHandler(MarkDuplicateCommand)
export class MarkDuplicateHandler extends WriteHandler implements ICommandHandler<MarkDuplicateCommand, WriteResult> {
  @Inject(IncidentDuplicatesRepository) private readonly duplicates!: IncidentDuplicatesRepository;

  async execute({ incidentId, body, ctx }: MarkDuplicateCommand): Promise<WriteResult> {
    await this.directory.requireStream('incident', incidentId);
    await this.directory.requireIncident(body.incidentId, 'incidentId');
    for (let attempt = 0; ; attempt++) {
      // The forest's rule spans streams: decided on what the table says, and kept by `link` in
      // the append's transaction, which sees (or waits for) any marking racing this one.
      const [root, duplicates] = await Promise.all([
        this.duplicates.rootOf(body.incidentId),
        this.duplicates.duplicatesOf(incidentId),
      ]);
      try {
        return await this.writer.write(
          onIncident(incidentId, {
            ctx,
            resultId: incidentId,
            decide: (s) =>
              decideMarkDuplicate(s, {
                incidentId,
                duplicateOf: body.incidentId,
                reason: body.reason,
                root,
                duplicates,
              }),
            inTransaction: (trx) => this.duplicates.link(trx, incidentId, root),
          }),
        );
      } catch (err) {
        if (!(err instanceof DuplicateRootMoved)) throw err;
        if (attempt >= ROOT_RETRIES) throw new ConflictError('original_moved', `${err.message}; send again`);
      }
    }
  }
}
