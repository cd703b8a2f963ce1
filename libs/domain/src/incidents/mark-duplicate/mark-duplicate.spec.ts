import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import { decideMarkDuplicate } from './mark-duplicate.decide.js';
import { MarkDuplicateBodySchema } from './mark-duplicate.schema.js';

describe('mark-duplicate', () => {
  it('marks the incident a duplicate of another', () => {
    expect(
      decideMarkDuplicate(givenIncident(reported()), {
        incidentId: ids.incident,
        duplicateOf: ids.other,
        reason: ' same attack ',
      }),
    ).toEqual([{ type: 'IncidentMarkedDuplicate', data: { duplicateOf: ids.other, reason: 'same attack' } }]);
  });

  it('itself violates incidentId', () => {
    const error = thrown(() =>
      decideMarkDuplicate(givenIncident(reported()), { incidentId: ids.incident, duplicateOf: ids.incident }),
    );
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('incidentId');
  });

  it('already marked is a conflict', () => {
    const state = givenIncident(reported(), {
      type: 'IncidentMarkedDuplicate',
      data: { duplicateOf: ids.other, reason: null },
    });
    const error = thrown(() => decideMarkDuplicate(state, { incidentId: ids.incident, duplicateOf: ids.other }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_duplicate');
  });

  it('an original that is itself a duplicate of this one would make a cycle', () => {
    expect(
      thrown(() =>
        decideMarkDuplicate(givenIncident(reported()), {
          incidentId: ids.incident,
          duplicateOf: ids.other,
          originalDuplicateOf: ids.incident,
        }),
      ).path,
    ).toBe('incidentId');
  });

  it('an unknown incident is not found', () => {
    expect(
      thrown(() => decideMarkDuplicate(null, { incidentId: ids.incident, duplicateOf: ids.other })),
    ).toBeInstanceOf(NotFoundError);
  });

  it('schema requires a uuid incidentId', () => {
    expect(MarkDuplicateBodySchema.safeParse({ incidentId: 'x' }).error?.issues[0].path).toEqual(['incidentId']);
  });
});
