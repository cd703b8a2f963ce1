import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { onPerson } from '../../infrastructure/person-writes.js';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { decideWithdrawAffiliation } from './withdraw-affiliation.decide.js';
import { WithdrawAffiliationCommand } from './withdraw-affiliation.command.js';

@CommandHandler(WithdrawAffiliationCommand)
export class WithdrawAffiliationHandler implements ICommandHandler<WithdrawAffiliationCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  execute({ personId, affiliationId, body, ctx }: WithdrawAffiliationCommand): Promise<WriteResult> {
    return this.writer.write(
      onPerson(personId, {
        ctx,
        resultId: affiliationId,
        decide: (s) => decideWithdrawAffiliation(s, { personId, affiliationId, reason: body.reason }),
      }),
    );
  }
}
