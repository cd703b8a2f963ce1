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

  it('an original whose root is this incident would make a cycle', () => {
    expect(
      thrown(() =>
        decideMarkDuplicate(givenIncident(reported()), {
          incidentId: ids.incident,
          duplicateOf: ids.other,
          root: ids.incident,
        }),
      ).path,
    ).toBe('incidentId');
  });

  it('a duplicate of a duplicate points to its root', () => {
    const root = '9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
    expect(
      decideMarkDuplicate(givenIncident(reported()), { incidentId: ids.incident, duplicateOf: ids.other, root }),
    ).toEqual([{ type: 'IncidentMarkedDuplicate', data: { duplicateOf: root, reason: null } }]);
  });

  it('an incident others are duplicates of stays a root: 409 naming them', () => {
    const error = thrown(() =>
      decideMarkDuplicate(givenIncident(reported()), {
        incidentId: ids.incident,
        duplicateOf: ids.other,
        duplicates: ['9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d'],
      }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('has_duplicates');
    expect(error.details).toEqual({ duplicates: ['9d0c1b2a-3e4f-4a5b-8c6d-7e8f9a0b1c2d'] });
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
