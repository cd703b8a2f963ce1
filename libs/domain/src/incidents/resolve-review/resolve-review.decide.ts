import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { requireOneOf, requireText } from '../../shared/guards.js';
import { REVIEW_DECISIONS, type ReviewDecision } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface ResolveReview {
  /** The handler finds the incident holding the review (reviews are addressed by id alone). */
  incidentId: string;
  reviewId: string;
  decision: ReviewDecision;
  note: string;
}

/** Open and escalated reviews can be resolved; evolve sets the claim's assessment. */
export function decideResolveReview(state: IncidentState | null, cmd: ResolveReview): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const review = incident.reviews.find((r) => r.id === cmd.reviewId);
  if (!review) throw new NotFoundError('review', cmd.reviewId);
  if (review.status === 'resolved') {
    throw new ConflictError('already_resolved', `review ${review.id} was already resolved (${review.decision})`, {
      reviewId: review.id,
      decision: review.decision,
    });
  }
  return [
    {
      type: 'ReviewResolved',
      data: {
        reviewId: review.id,
        claimId: review.claimId,
        decision: requireOneOf('decision', cmd.decision, REVIEW_DECISIONS),
        note: requireText('note', cmd.note),
      },
    },
  ];
}
