import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import type { PersonEvent } from '../person.events.js';
import { affiliationRecorded, givenPerson, personIds, personRegistered } from '../person.fixtures.js';
import { decideWithdrawAffiliation } from './withdraw-affiliation.decide.js';

const cmd = { personId: personIds.noorWali, affiliationId: personIds.aff1, reason: ' confused with a namesake ' };
const given = (...more: PersonEvent[]) =>
  givenPerson(personRegistered(), affiliationRecorded(personIds.aff1, ids.ttp), ...more);

describe('withdraw-affiliation', () => {
  it('given a standing affiliation, withdraws it with the reason', () => {
    expect(decideWithdrawAffiliation(given(), cmd)).toEqual([
      {
        type: 'PersonAffiliationWithdrawn',
        data: { affiliationId: personIds.aff1, reason: 'confused with a namesake' },
      },
    ]);
  });

  it('given an ended affiliation, still withdraws it (it may have been wrong all along)', () => {
    const ended: PersonEvent = {
      type: 'PersonAffiliationEnded',
      data: {
        affiliationId: personIds.aff1,
        validTo: '2023',
        reason: 'killed',
        toGroupId: null,
        sourceId: null,
        citation: null,
      },
    };
    expect(decideWithdrawAffiliation(given(ended), cmd)).toHaveLength(1);
  });

  it('given it is already withdrawn, is a conflict', () => {
    const state = given({ type: 'PersonAffiliationWithdrawn', data: { affiliationId: personIds.aff1, reason: 'x' } });
    const error = thrown(() => decideWithdrawAffiliation(state, cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_withdrawn');
  });

  it('given no person or an unknown affiliation, is not found', () => {
    expect(thrown(() => decideWithdrawAffiliation(null, cmd))).toBeInstanceOf(NotFoundError);
    expect(thrown(() => decideWithdrawAffiliation(given(), { ...cmd, affiliationId: personIds.aff2 }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('a blank reason is a rule violation on reason', () => {
    const error = thrown(() => decideWithdrawAffiliation(given(), { ...cmd, reason: '  ' }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('reason');
  });
});
