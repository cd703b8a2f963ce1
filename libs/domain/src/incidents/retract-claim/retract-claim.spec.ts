import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import type { IncidentEvent } from '../incident.events.js';
import { decideRetractClaim, MOOT_NOTE, type RetractClaim } from './retract-claim.decide.js';
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
const claimedEvents = (): IncidentEvent[] => [
  reported(),
  claimRecorded(ids.claim1, ids.ttp, '2023-01-30T12:00:00.000Z'),
];
const claimed = () => givenIncident(...claimedEvents());

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

  describe('a review open on the claim (issue 16 item 12)', () => {
    const requested: IncidentEvent = {
      type: 'ReviewRequested',
      data: { reviewId: ids.review1, claimId: ids.claim1, reason: 'conflicting sources' },
    };
    const mootClosed = {
      type: 'ReviewResolved',
      data: { reviewId: ids.review1, claimId: ids.claim1, decision: 'moot', note: MOOT_NOTE },
    };

    it('given an open review, the retraction closes it as moot with its reason', () => {
      const events = decideRetractClaim(givenIncident(...claimedEvents(), requested), cmd);
      expect(events.map((e) => e.type)).toEqual(['ClaimRetracted', 'ReviewResolved']);
      expect(events[1]).toEqual(mootClosed);
    });

    it('given an escalated review, the same', () => {
      const escalated: IncidentEvent = {
        type: 'ReviewEscalated',
        data: { reviewId: ids.review1, claimId: ids.claim1 },
      };
      expect(decideRetractClaim(givenIncident(...claimedEvents(), requested, escalated), cmd)[1]).toEqual(mootClosed);
    });

    it('given a review already resolved, it is left as it was', () => {
      const resolved: IncidentEvent = {
        type: 'ReviewResolved',
        data: { reviewId: ids.review1, claimId: ids.claim1, decision: 'uphold', note: 'checked' },
      };
      const events = decideRetractClaim(givenIncident(...claimedEvents(), requested, resolved), cmd);
      expect(events.map((e) => e.type)).toEqual(['ClaimRetracted']);
    });

    it('then the review reads resolved as moot, and the claim keeps no assessment', () => {
      const state = givenIncident(
        ...claimedEvents(),
        requested,
        ...decideRetractClaim(givenIncident(...claimedEvents(), requested), cmd),
      );
      expect(state.reviews[0]).toMatchObject({ status: 'resolved', decision: 'moot', note: MOOT_NOTE });
      expect(state.claims[0]).toMatchObject({ status: 'retracted', assessment: null });
    });
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
