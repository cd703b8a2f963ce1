import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalText, requireId } from '../../shared/guards.js';
import type { IncidentEvent } from '../incident.events.js';
import { requireIncident } from '../incident.guards.js';
import type { IncidentState } from '../incident.state.js';

export interface MarkDuplicate {
  incidentId: string;
  /** The original named in the body; the handler has checked it exists (422 on `incidentId` otherwise). */
  duplicateOf: string;
  reason?: string | null;
  /**
   * The root the named original stands for (itself unless it is a duplicate), when the handler
   * resolved it: duplicates form a forest, so a duplicate of a duplicate points to its root.
   */
  root?: string | null;
  /** Incidents already marked duplicates of this one (then it must stay a root). */
  duplicates?: readonly string[];
}

export function decideMarkDuplicate(state: IncidentState | null, cmd: MarkDuplicate): IncidentEvent[] {
  const incident = requireIncident(state, cmd.incidentId);
  const named = requireId('incidentId', cmd.duplicateOf);
  const root = cmd.root ? requireId('incidentId', cmd.root) : named;
  if (named === incident.id) throw new RuleViolation('incidentId', 'an incident cannot be a duplicate of itself');
  if (incident.duplicateOf) {
    throw new ConflictError(
      'already_duplicate',
      `incident ${incident.id} is already marked a duplicate of ${incident.duplicateOf}`,
      { duplicateOf: incident.duplicateOf },
    );
  }
  if (root === incident.id) {
    throw new RuleViolation('incidentId', `incident ${named} is itself marked a duplicate of this one`);
  }
  if (cmd.duplicates?.length) {
    throw new ConflictError(
      'has_duplicates',
      `incident ${incident.id} is the original of ${cmd.duplicates.join(', ')}: it cannot become a duplicate itself`,
      { duplicates: [...cmd.duplicates] },
    );
  }
  return [{ type: 'IncidentMarkedDuplicate', data: { duplicateOf: root, reason: optionalText('reason', cmd.reason) } }];
}
