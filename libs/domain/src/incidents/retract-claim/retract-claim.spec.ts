import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import { decideRetractClaim, type RetractClaim } from './retract-claim.decide.js';
import { RetractClaimBodySchema } from './retract-claim.schema.js';
import { expectCitationRule } from '../../testing/citation-rule.js';

const cmd: RetractClaim = {
  incidentId: ids.incident,
  claimId: ids.claim1,
  retractionId: ids.retraction1,
  retractedAt: '2023-01-31T10:00:00+05:00',
  sourceId: ids.src2,
  reason: null,
};
const claimed = () => givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp, '2023-01-30T12:00:00.000Z'));

describe('retract-claim', () => {
  it('records the retraction with the claiming group', () => {
    expect(decideRetractClaim(claimed(), cmd)).toEqual([
      {
        type: 'ClaimRetracted',
        data: {
          retractionId: ids.retraction1,
          claimId: ids.claim1,
          groupId: ids.ttp,
          retractedAt: '2023-01-31T05:00:00.000Z',
          sourceId: ids.src2,
          reason: null,
          citation: null,
        },
      },
    ]);
  });

  it('an already retracted claim is a conflict', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp));
    const error = thrown(() => decideRetractClaim(state, cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_retracted');
  });

  it('an unknown claim is not found', () => {
    const error = thrown(() => decideRetractClaim(givenIncident(reported()), cmd));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('claim');
  });

  it('a retraction before the claim violates retractedAt', () => {
    const error = thrown(() => decideRetractClaim(claimed(), { ...cmd, retractedAt: '2023-01-30T11:59:59Z' }));
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.path).toBe('retractedAt');
  });

  it('a retraction before the incident violates retractedAt', () => {
    expect(thrown(() => decideRetractClaim(claimed(), { ...cmd, retractedAt: '2022-12-31T00:00:00Z' })).path).toBe(
      'retractedAt',
    );
  });

  it('an unknown incident is not found', () => {
    expect(thrown(() => decideRetractClaim(null, cmd)).what).toBe('incident');
  });

  it('schema requires retractedAt and sourceId', () => {
    expect(
      RetractClaimBodySchema.safeParse({ reason: 'x' })
        .error?.issues.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['retractedAt', 'sourceId']);
  });

  it('stores the citation of a retraction; a javascript: URL violates citation.url', () => {
    expectCitationRule((citation) => decideRetractClaim(claimed(), { ...cmd, citation }));
  });
});
