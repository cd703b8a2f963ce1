import { describe, expect, it } from '@jest/globals';
import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { claimRecorded, givenIncident, ids, reported, thrown } from '../../testing/fixtures.js';
import type { IncidentEvent } from '../incident.events.js';
import { evolveIncident } from '../incident.state.js';
import { decideResolveReview } from './resolve-review.decide.js';
import { ResolveReviewBodySchema } from './resolve-review.schema.js';

const requested: IncidentEvent = {
  type: 'ReviewRequested',
  data: { reviewId: ids.review1, claimId: ids.claim1, reason: 'conflicting' },
};
const cmd = {
  incidentId: ids.incident,
  reviewId: ids.review1,
  decision: 'reject' as const,
  note: 'video is from 2019',
};

describe('resolve-review', () => {
  it('resolves an open review; evolve marks the claim rejected', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested);
    const events = decideResolveReview(state, cmd);
    expect(events).toEqual([
      {
        type: 'ReviewResolved',
        data: { reviewId: ids.review1, claimId: ids.claim1, decision: 'reject', note: 'video is from 2019' },
      },
    ]);
    expect(events.reduce(evolveIncident, state).claims[0].assessment).toBe('rejected');
  });

  it('an escalated review can be resolved (uphold → upheld)', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested, {
      type: 'ReviewEscalated',
      data: { reviewId: ids.review1, claimId: ids.claim1 },
    });
    const events = decideResolveReview(state, { ...cmd, decision: 'uphold' });
    expect(events.reduce(evolveIncident, state).claims[0].assessment).toBe('upheld');
  });

  it('an unknown review is not found', () => {
    const error = thrown(() => decideResolveReview(givenIncident(reported()), cmd));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.what).toBe('review');
  });

  it('resolving twice is a conflict', () => {
    const state = givenIncident(reported(), claimRecorded(ids.claim1, ids.ttp), requested, {
      type: 'ReviewResolved',
      data: { reviewId: ids.review1, claimId: ids.claim1, decision: 'uphold', note: 'n' },
    });
    const error = thrown(() => decideResolveReview(state, cmd));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.code).toBe('already_resolved');
  });

  it('schema requires a decision of uphold or reject and a note', () => {
    expect(
      ResolveReviewBodySchema.safeParse({ decision: 'approve' })
        .error?.issues.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['decision', 'note']);
  });
});
