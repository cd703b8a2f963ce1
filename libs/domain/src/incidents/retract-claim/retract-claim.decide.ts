import type { CitationBody } from '../../shared/citation.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { isBefore, optionalText, requireId } from '../../shared/guards.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireAfterOccurrence, requireClaim, requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface RetractClaim {
  incidentId: string;
  claimId: string;
  retractionId: string;
  retractedAt: string;
  /** The handler's clock: retractedAt may not lie more than a day after it (the current time when absent). */
  now?: Date;
  sourceId: string;
  reason?: string | null;
  citation?: CitationBody | null;
}

/** Allowed on a duplicate incident: the claim being retracted lives here. */
export function decideRetractClaim(state: IncidentState | null, cmd: RetractClaim): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const claim = requireClaim(incident, cmd.claimId);
  if (claim.status === 'retracted') {
    throw new ConflictError('already_retracted', `claim ${claim.id} was already retracted at ${claim.retractedAt}`, {
      claimId: claim.id,
      retractionId: claim.retractionId,
    });
  }
  const retractedAt = requireAfterOccurrence(incident, 'retractedAt', cmd.retractedAt, cmd.now);
  if (isBefore(retractedAt, claim.claimedAt)) {
    throw new RuleViolation(
      'retractedAt',
      `retractedAt (${retractedAt}) is before the claim was made (${claim.claimedAt})`,
    );
  }
  const retracted: IncidentEvent[] = [
    {
      type: 'ClaimRetracted',
      data: {
        retractionId: requireId('id', cmd.retractionId),
        claimId: claim.id,
        groupId: claim.groupId,
        retractedAt,
        sourceId: requireId('sourceId', cmd.sourceId),
        reason: optionalText('reason', cmd.reason),
        citation: optionalCitation('citation', cmd.citation),
      },
    },
  ];
  // A review still open on the claim has nothing left to decide: it closes, visibly, as moot.
  const moot: IncidentEvent[] = incident.reviews
    .filter((r) => r.claimId === claim.id && r.status !== 'resolved')
    .map((r) => ({
      type: 'ReviewResolved',
      data: { reviewId: r.id, claimId: claim.id, decision: 'moot', note: MOOT_NOTE },
    }));
  return [...retracted, ...moot];
}

export const MOOT_NOTE = 'closed as moot: the claim was retracted';
