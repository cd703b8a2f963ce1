import { ConflictError, NotFoundError, RuleViolation } from '../shared/domain-errors.js';
import { isBefore, notInFuture, requireTimestamp } from '../shared/guards.js';
import type { ClaimState, IncidentState } from './incident.state.js';
import { findClaim } from './incident.state.js';

// Checks several incident decisions share.

export function requireIncident(state: IncidentState | null, incidentId: string): IncidentState {
  if (!state) throw new NotFoundError('incident', incidentId);
  return state;
}

/** New statements about a duplicate belong on the original, where they are read. */
export function requireNotDuplicate(state: IncidentState): void {
  if (state.duplicateOf) {
    throw new ConflictError(
      'incident_duplicate',
      `incident ${state.id} is marked a duplicate of ${state.duplicateOf}: record this on that incident`,
      {
        duplicateOf: state.duplicateOf,
      },
    );
  }
}

export function requireClaim(state: IncidentState, claimId: string, field?: string): ClaimState {
  const claim = findClaim(state, claimId);
  if (!claim) throw new NotFoundError('claim', claimId, field);
  return claim;
}

/**
 * A timestamp in canonical form that is not before the earliest moment the incident can have
 * happened, nor more than a day after `now` (the handler's clock; the current time when absent).
 */
export function requireAfterOccurrence(state: IncidentState, path: string, value: string, now = new Date()): string {
  const at = requireTimestamp(path, value);
  notInFuture(path, at, now);
  if (isBefore(at, state.occurredAt.earliest)) {
    throw new RuleViolation(path, `${path} (${at}) is before the incident occurred (${state.occurredAt.value})`);
  }
  return at;
}
