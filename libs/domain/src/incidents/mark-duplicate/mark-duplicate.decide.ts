import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalText, requireId } from '../../shared/guards.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface MarkDuplicate {
  incidentId: string;
  /** The original; the handler has checked it exists (422 on `incidentId` otherwise). */
  duplicateOf: string;
  reason?: string | null;
  /** The original's own duplicateOf, when the handler loaded it: prevents a two-incident cycle. */
  originalDuplicateOf?: string | null;
}

export function decideMarkDuplicate(state: IncidentState | null, cmd: MarkDuplicate): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const duplicateOf = requireId('incidentId', cmd.duplicateOf);
  if (duplicateOf === incident.id) throw new RuleViolation('incidentId', 'an incident cannot be a duplicate of itself');
  if (incident.duplicateOf) {
    throw new ConflictError(
      'already_duplicate',
      `incident ${incident.id} is already marked a duplicate of ${incident.duplicateOf}`,
      {
        duplicateOf: incident.duplicateOf,
      },
    );
  }
  if (cmd.originalDuplicateOf === incident.id) {
    throw new RuleViolation('incidentId', `incident ${duplicateOf} is itself marked a duplicate of this one`);
  }
  return [{ type: 'IncidentMarkedDuplicate', data: { duplicateOf, reason: optionalText('reason', cmd.reason) } }];
}
