import { citationSchema, toCitation, type Citation, type CitationBody } from '../shared/citation.js';
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

/**
 * The citation as stored on the event (absent fields null), or null. Decide re-checks what the
 * HTTP schema checked (imports call it without HTTP): a bad URL is a rule violation on `citation.url`.
 */
export function personCitation(path: string, value: CitationBody | Citation | null | undefined): Citation | null {
  if (value === null || value === undefined) return null;
  const result = citationSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = [path, ...issue.path.map(String)].join('.');
    throw new RuleViolation(field, `${field} ${issue.message}`);
  }
  return toCitation(result.data);
}
