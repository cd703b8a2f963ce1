import { describe, expect, it } from '@jest/globals';
import { NotFoundError } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import { decideAssessAuthenticity } from './assess-authenticity.decide.js';
import { AssessAuthenticityBodySchema } from './assess-authenticity.schema.js';

describe('assess-authenticity', () => {
  it('records the verdict on the claim', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
    expect(
      decideAssessAuthenticity(state, {
        incidentId: ids.incident,
        claimId: ids.claim1,
        verdict: 'fabricated',
        basis: 'logo mismatch',
      }),
    ).toEqual([
      {
        type: 'ClaimAuthenticityAssessed',
        data: { claimId: ids.claim1, verdict: 'fabricated', basis: 'logo mismatch' },
      },
    ]);
  });

  it('an unknown claim is not found', () => {
    const error = thrown(() =>
      decideAssessAuthenticity(givenIncident(reported()), {
        incidentId: ids.incident,
        claimId: ids.claim1,
        verdict: 'authentic',
        basis: 'b',
      }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('claim');
  });

  it('schema requires a known verdict and a basis', () => {
    expect(
      AssessAuthenticityBodySchema.safeParse({ verdict: 'maybe' })
        .error?.issues.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['basis', 'verdict']);
  });
});
