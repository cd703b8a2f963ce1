import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { ids, thrown } from '../../testing/fixtures.js';
import type { PersonEvent } from '../person.events.js';
import { affiliationRecorded, givenPerson, NOW, personIds, personRegistered } from '../person.fixtures.js';
import { decideEndAffiliation, type EndAffiliation } from './end-affiliation.decide.js';

const cmd = (extra: Partial<EndAffiliation> = {}): EndAffiliation => ({
  personId: personIds.noorWali,
  affiliationId: personIds.aff1,
  validTo: '2024-01',
  reason: 'defected',
  now: NOW,
  ...extra,
});
const given = (...more: PersonEvent[]) =>
  givenPerson(personRegistered(), affiliationRecorded(personIds.aff1, ids.ttp, { validFrom: '2018-06-22' }), ...more);

describe('end-affiliation', () => {
  it('given a standing affiliation, ends it as a defection to another group', () => {
    expect(decideEndAffiliation(given(), cmd({ toGroupId: ids.iskp, sourceId: ids.src2 }))).toEqual([
      {
        type: 'PersonAffiliationEnded',
        data: {
          affiliationId: personIds.aff1,
          validTo: '2024-01',
          reason: 'defected',
          toGroupId: ids.iskp,
          sourceId: ids.src2,
          citation: null,
        },
      },
    ]);
  });

  it('given no person, or an unknown affiliation, is not found (404)', () => {
    expect(thrown(() => decideEndAffiliation(null, cmd()))).toBeInstanceOf(NotFoundError);
    const error = thrown(() => decideEndAffiliation(given(), cmd({ affiliationId: personIds.aff2 })));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.field).toBeUndefined();
  });

  it('given it already ended (later, or known at recording), is a conflict', () => {
    const ended: PersonEvent = {
      type: 'PersonAffiliationEnded',
      data: {
        affiliationId: personIds.aff1,
        validTo: '2023',
        reason: 'replaced',
        toGroupId: null,
        sourceId: null,
        citation: null,
      },
    };
    expect(thrown(() => decideEndAffiliation(given(ended), cmd())).code).toBe('affiliation_ended');
    const knownEnd = givenPerson(
      personRegistered(),
      affiliationRecorded(personIds.aff1, ids.ttp, { validFrom: '2012', validTo: '2013' }),
    );
    expect(thrown(() => decideEndAffiliation(knownEnd, cmd())).code).toBe('affiliation_ended');
  });

  it('given it was withdrawn, is a conflict', () => {
    const error = thrown(() =>
      decideEndAffiliation(
        given({ type: 'PersonAffiliationWithdrawn', data: { affiliationId: personIds.aff1, reason: 'wrong' } }),
        cmd(),
      ),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('affiliation_withdrawn');
  });

  it('toGroup without reason defected, or naming the group left, is a rule violation on toGroup', () => {
    expect(thrown(() => decideEndAffiliation(given(), cmd({ reason: 'resigned', toGroupId: ids.iskp }))).path).toBe(
      'toGroup',
    );
    expect(thrown(() => decideEndAffiliation(given(), cmd({ toGroupId: ids.ttp }))).path).toBe('toGroup');
  });

  it('an end before the start is a rule violation on validTo; the same day is fine', () => {
    const error = thrown(() => decideEndAffiliation(given(), cmd({ validTo: '2018-06-21' })));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('validTo');
    expect(decideEndAffiliation(given(), cmd({ validTo: '2018-06-22' }))).toHaveLength(1);
    expect(decideEndAffiliation(given(), cmd({ validTo: '2018' }))).toHaveLength(1);
  });

  it('an end more than a day in the future is a rule violation on validTo', () => {
    expect(thrown(() => decideEndAffiliation(given(), cmd({ validTo: '2024-06-03' }))).path).toBe('validTo');
  });
});
