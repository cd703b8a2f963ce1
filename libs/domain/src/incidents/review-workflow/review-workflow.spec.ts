import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, retracted, thrown } from '../../testing/fixtures.js';
import type { IncidentEvent } from '../incident.events.js';
import { decideCompleteCorroboration, decideEscalateReview, decideRequestReview } from './review-workflow.decide.js';

const claimed = () => givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp));
const requested: IncidentEvent = {
  type: 'ReviewRequested',
  data: { reviewId: ids.review1, claimId: ids.claim1, reason: null },
};
/** A conflicting result on claim1 that may open review1. */
const conflicting = {
  incidentId: ids.incident,
  claimId: ids.claim1,
  score: 0.2,
  verdict: 'conflicting' as const,
  checks: {},
  reviewId: ids.review1,
};

describe('review workflow decisions', () => {
  it('a corroborated verdict only records the result', () => {
    expect(
      decideCompleteCorroboration(claimed(), {
        incidentId: ids.incident,
        claimId: ids.claim1,
        score: 0.9,
        verdict: 'corroborated',
        checks: [],
      }),
    ).toEqual([
      {
        type: 'CorroborationCompleted',
        data: { claimId: ids.claim1, score: 0.9, verdict: 'corroborated', checks: [] },
      },
    ]);
  });

  it('a conflicting verdict also opens a review, unless one is open', () => {
    const cmd = { ...conflicting, reviewReason: 'competing claim' };
    expect(decideCompleteCorroboration(claimed(), cmd).map((e) => e.type)).toEqual([
      'CorroborationCompleted',
      'ReviewRequested',
    ]);
    const open = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested);
    expect(decideCompleteCorroboration(open, cmd).map((e) => e.type)).toEqual(['CorroborationCompleted']);
    expect(thrown(() => decideCompleteCorroboration(claimed(), { ...cmd, reviewId: null }))).toBeInstanceOf(
      RuleViolation,
    );
  });

  it('a conflicting verdict on a retracted claim records the result and opens no review', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), retracted(ids.claim1, ids.ttp));
    expect(decideCompleteCorroboration(state, conflicting).map((e) => e.type)).toEqual(['CorroborationCompleted']);
  });

  it('requesting a second review while one is open is a conflict', () => {
    const open = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested);
    expect(
      thrown(() =>
        decideRequestReview(open, {
          incidentId: ids.incident,
          reviewId: ids.review1.replace('1', '2'),
          claimId: ids.claim1,
        }),
      ),
    ).toBeInstanceOf(ConflictError);
    expect(
      thrown(() =>
        decideRequestReview(claimed(), { incidentId: ids.incident, reviewId: ids.review1, claimId: ids.claim2 }),
      ),
    ).toBeInstanceOf(NotFoundError);
  });

  it('escalation applies to open reviews only; late jobs yield nothing', () => {
    const open = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested);
    expect(decideEscalateReview(open, { incidentId: ids.incident, reviewId: ids.review1 })).toEqual([
      { type: 'ReviewEscalated', data: { reviewId: ids.review1, claimId: ids.claim1 } },
    ]);
    const resolved = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested, {
      type: 'ReviewResolved',
      data: { reviewId: ids.review1, claimId: ids.claim1, decision: 'uphold', note: 'n' },
    });
    expect(decideEscalateReview(resolved, { incidentId: ids.incident, reviewId: ids.review1 })).toEqual([]);
  });
});
