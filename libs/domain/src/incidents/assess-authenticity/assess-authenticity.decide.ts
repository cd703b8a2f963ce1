import { requireOneOf, requireText } from '../../shared/guards.js';
import { AUTHENTICITY_VERDICTS, type AuthenticityVerdict } from '../../shared/vocabulary.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireClaim, requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface AssessAuthenticity {
  incidentId: string;
  claimId: string;
  verdict: AuthenticityVerdict;
  basis: string;
}

/** Re-assessment is allowed (the latest verdict stands); each assessment stays in the history. */
export function decideAssessAuthenticity(state: IncidentState | null, cmd: AssessAuthenticity): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const claim = requireClaim(incident, cmd.claimId);
  return [
    {
      type: 'ClaimAuthenticityAssessed',
      data: {
        claimId: claim.id,
        verdict: requireOneOf('verdict', cmd.verdict, AUTHENTICITY_VERDICTS),
        basis: requireText('basis', cmd.basis),
      },
    },
  ];
}
