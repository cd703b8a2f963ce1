import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalText, requireId, requireOneOf } from '../../shared/guards.js';
import { CORROBORATION_VERDICTS, type CorroborationVerdict } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireClaim, requireIncident } from '../incident.guards.js';
import type { IncidentState, ReviewState } from '../incident.state.js';

// Decisions for the corroboration workflow (worker), not for HTTP clients. Jobs can run late or
// twice, so moot requests return no events instead of throwing where that is safe.

export interface CompleteCorroboration {
  incidentId: string;
  claimId: string;
  score: number;
  verdict: CorroborationVerdict;
  checks: unknown;
  /** Id for the review a conflicting verdict opens (deterministic, e.g. from the job id). */
  reviewId?: string | null;
  reviewReason?: string | null;
}

export function openReviewOf(state: IncidentState, claimId: string): ReviewState | undefined {
  return state.reviews.find((r) => r.claimId === claimId && r.status !== 'resolved');
}

/** CorroborationCompleted, plus ReviewRequested when the verdict is conflicting and no review is open. */
export function decideCompleteCorroboration(state: IncidentState | null, cmd: CompleteCorroboration): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const claim = requireClaim(incident, cmd.claimId);
  if (typeof cmd.score !== 'number' || !Number.isFinite(cmd.score))
    throw new RuleViolation('score', 'score must be a finite number');
  const verdict = requireOneOf('verdict', cmd.verdict, CORROBORATION_VERDICTS);
  const events: IncidentEvent[] = [
    {
      type: 'CorroborationCompleted',
      data: { claimId: claim.id, score: cmd.score, verdict, checks: cmd.checks ?? null },
    },
  ];
  // A retracted claim is not reviewed any more (its open review closed as moot with the retraction).
  if (verdict === 'conflicting' && claim.status !== 'retracted' && !openReviewOf(incident, claim.id)) {
    if (!cmd.reviewId)
      throw new RuleViolation('reviewId', 'a conflicting verdict opens a review: reviewId is required');
    events.push({
      type: 'ReviewRequested',
      data: { reviewId: cmd.reviewId, claimId: claim.id, reason: optionalText('reviewReason', cmd.reviewReason) },
    });
  }
  return events;
}

export interface RequestReview {
  incidentId: string;
  reviewId: string;
  claimId: string;
  reason?: string | null;
}

export function decideRequestReview(state: IncidentState | null, cmd: RequestReview): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const claim = requireClaim(incident, cmd.claimId);
  const reviewId = requireId('reviewId', cmd.reviewId);
  if (incident.reviews.some((r) => r.id === reviewId))
    throw new ConflictError('already_exists', `review ${reviewId} already exists`, { reviewId });
  const open = openReviewOf(incident, claim.id);
  if (open)
    throw new ConflictError('review_open', `claim ${claim.id} already has an unresolved review (${open.id})`, {
      reviewId: open.id,
    });
  return [
    { type: 'ReviewRequested', data: { reviewId, claimId: claim.id, reason: optionalText('reason', cmd.reason) } },
  ];
}

export interface EscalateReview {
  incidentId: string;
  reviewId: string;
}

/** Escalates an open review; a review already escalated or resolved yields no events. */
export function decideEscalateReview(state: IncidentState | null, cmd: EscalateReview): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const review = incident.reviews.find((r) => r.id === cmd.reviewId);
  if (!review) throw new NotFoundError('review', cmd.reviewId);
  if (review.status !== 'open') return [];
  return [{ type: 'ReviewEscalated', data: { reviewId: review.id, claimId: review.claimId } }];
}
