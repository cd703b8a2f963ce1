import { describe, expect, it } from '@jest/globals';
import { NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { thrown } from '../../testing/fixtures.js';
import { assessed, givenStatement, statementIds, statementRecorded } from '../statement.fixtures.js';
import { foldStatement } from '../statement.state.js';
import { decideAssessStatement, type AssessStatement } from './assess-statement.decide.js';
import { AssessStatementBodySchema } from './assess-statement.schema.js';

const { statement: statementId } = statementIds;
const recorded = statementRecorded();
const cmd: AssessStatement = { statementId, assessmentId: 'a2', verdict: 'fabricated', basis: '  forged letterhead ' };

describe('assess-statement', () => {
  it('given a statement, when assessed, then StatementAssessed with the basis trimmed', () => {
    expect(decideAssessStatement(givenStatement(recorded), cmd)).toEqual([
      { type: 'StatementAssessed', data: { assessmentId: 'a2', verdict: 'fabricated', basis: 'forged letterhead' } },
    ]);
  });

  it('given an earlier assessment, when assessed again, then the new one is added and stands in the fold', () => {
    const earlier = assessed('a1', 'authentic', 'matches the channel');
    const state = givenStatement(recorded, earlier);
    const after = foldStatement([recorded, earlier, ...decideAssessStatement(state, cmd)])!;
    expect(after.assessments.map((a) => a.verdict)).toEqual(['authentic', 'fabricated']);
    expect(after.verdict).toBe('fabricated');
  });

  it('given no statement, then not found (404, the id is in the path)', () => {
    const error = thrown(() => decideAssessStatement(null, cmd));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('statement');
    expect(error.field).toBeUndefined();
  });

  it('when the basis is blank or the verdict unknown, then violations naming them', () => {
    expect(thrown(() => decideAssessStatement(givenStatement(recorded), { ...cmd, basis: ' ' }))).toBeInstanceOf(
      RuleViolation,
    );
    expect(thrown(() => decideAssessStatement(givenStatement(recorded), { ...cmd, basis: ' ' })).path).toBe('basis');
    expect(
      thrown(() => decideAssessStatement(givenStatement(recorded), { ...cmd, verdict: 'true' as never })).path,
    ).toBe('verdict');
  });

  it('body schema: verdict and basis required, nothing else accepted', () => {
    expect(AssessStatementBodySchema.parse({ verdict: 'doubtful', basis: 'x' })).toEqual({
      verdict: 'doubtful',
      basis: 'x',
    });
    const result = AssessStatementBodySchema.safeParse({ verdict: 'maybe', extra: 1 });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['', 'basis', 'verdict']);
  });
});
