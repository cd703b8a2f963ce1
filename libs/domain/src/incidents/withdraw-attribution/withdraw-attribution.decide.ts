import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { requireText } from '../../shared/guards.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface WithdrawAttribution {
  incidentId: string;
  attributionId: string;
  reason: string;
}

export function decideWithdrawAttribution(state: IncidentState | null, cmd: WithdrawAttribution): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const attribution = incident.attributions.find((a) => a.id === cmd.attributionId);
  if (!attribution) throw new NotFoundError('attribution', cmd.attributionId);
  if (attribution.withdrawn) {
    throw new ConflictError('already_withdrawn', `attribution ${attribution.id} is already withdrawn`, {
      attributionId: attribution.id,
    });
  }
  return [
    {
      type: 'AttributionWithdrawn',
      data: { attributionId: attribution.id, reason: requireText('reason', cmd.reason) },
    },
  ];
}
