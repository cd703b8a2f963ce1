import { NotFoundError, RuleViolation } from '../shared/domain-errors.js';
import { requireVisibleName } from '../shared/guards.js';
import type { PersonAffiliationState, PersonState } from './person.state.js';

// Rules the person use cases share (docs/API.md "People"; issue 17 "Bad input and rules").

export { CLOCK_SKEW_MS, notInFuture } from '../shared/guards.js';

/** A person's name or alias: the rule every name follows (requireVisibleName). */
export const requirePersonName = requireVisibleName;

export function requirePerson(state: PersonState | null, personId: string): PersonState {
  if (!state) throw new NotFoundError('person', personId);
  return state;
}

/** An affiliation named in the path; unknown → 404. */
export function requireAffiliation(state: PersonState, affiliationId: string): PersonAffiliationState {
  const affiliation = state.affiliations.find((a) => a.affiliationId === affiliationId);
  if (!affiliation) throw new NotFoundError('affiliation', affiliationId);
  return affiliation;
}
