import { describe, expect, it } from '@jest/globals';
import { NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import type { StatementEvent } from '../statement.events.js';
import { foldStatement, type StatementState } from '../statement.state.js';
import { decideAssessStatement, type AssessStatement } from './assess-statement.decide.js';
import { AssessStatementBodySchema } from './assess-statement.schema.js';

const statementId = '57000000-0000-4000-8000-000000000001';

const recorded: StatementEvent = {
  type: 'StatementRecorded',
  data: {
    statementId,
    kind: 'announcement',
    madeAt: '2024',
    authorPersonId: null,
    authorGroupId: ids.ttp,
    about: { groupIds: [], personIds: [], incidentIds: [] },
    sourceId: ids.src1,
    citation: null,
    summary: 'Announces the death of a commander',
  },
};

const given = (...events: StatementEvent[]): StatementState => foldStatement(events)!;
const cmd: AssessStatement = { statementId, assessmentId: 'a2', verdict: 'fabricated', basis: '  forged letterhead ' };

describe('assess-statement', () => {
  it('given a statement, when assessed, then StatementAssessed with the basis trimmed', () => {
    expect(decideAssessStatement(given(recorded), cmd)).toEqual([
      { type: 'StatementAssessed', data: { assessmentId: 'a2', verdict: 'fabricated', basis: 'forged letterhead' } },
    ]);
  });

  it('given an earlier assessment, when assessed again, then the new one is added and stands in the fold', () => {
    const earlier: StatementEvent = {
      type: 'StatementAssessed',
      data: { assessmentId: 'a1', verdict: 'authentic', basis: 'matches the channel' },
    };
    const state = given(recorded, earlier);
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
    expect(thrown(() => decideAssessStatement(given(recorded), { ...cmd, basis: ' ' }))).toBeInstanceOf(RuleViolation);
    expect(thrown(() => decideAssessStatement(given(recorded), { ...cmd, basis: ' ' })).path).toBe('basis');
    expect(thrown(() => decideAssessStatement(given(recorded), { ...cmd, verdict: 'true' as never })).path).toBe(
      'verdict',
    );
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
