import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamWriter, type WriteResult } from '../../infrastructure/stream-writer.js';
import { statementStreamId } from '../../shared/event-envelope.js';
import { evolveStatement } from '../statement.state.js';
import { AssessStatementCommand } from './assess-statement.command.js';
import { decideAssessStatement } from './assess-statement.decide.js';

@CommandHandler(AssessStatementCommand)
export class AssessStatementHandler implements ICommandHandler<AssessStatementCommand, WriteResult> {
  constructor(private readonly writer: StreamWriter) {}

  /** The answer's id is the new assessment's; an unknown statement is a 404 from the decide. */
  execute({ statementId, body, ctx }: AssessStatementCommand): Promise<WriteResult> {
    const assessmentId = randomUUID();
    return this.writer.write({
      streamId: statementStreamId(statementId),
      evolve: evolveStatement,
      ctx,
      resultId: assessmentId,
      decide: (s) => decideAssessStatement(s, { statementId, assessmentId, verdict: body.verdict, basis: body.basis }),
    });
  }
}
