import { NotFoundError } from '../../shared/domain-errors.js';
import { requireId, requireOneOf, requireText } from '../../shared/guards.js';
import { STATEMENT_VERDICTS, type StatementVerdict } from '../../shared/vocabulary.js';
import type { StatementEvent } from '../statement.events.js';
import type { StatementState } from '../statement.state.js';

export interface AssessStatement {
  statementId: string;
  assessmentId: string;
  verdict: StatementVerdict;
  basis: string;
}

/** Re-assessment is allowed (the latest verdict stands); each assessment stays in the stream. */
export function decideAssessStatement(state: StatementState | null, cmd: AssessStatement): StatementEvent[] {
  if (!state) throw new NotFoundError('statement', cmd.statementId);
  return [
    {
      type: 'StatementAssessed',
      data: {
        assessmentId: requireId('assessmentId', cmd.assessmentId),
        verdict: requireOneOf('verdict', cmd.verdict, STATEMENT_VERDICTS),
        basis: requireText('basis', cmd.basis),
      },
    },
  ];
}
