import { NotFoundError, RuleViolation } from '../shared/domain-errors.js';
import { requireName } from '../shared/guards.js';
import { hasBidiControl, personNameKey } from '../shared/names.js';
import type { PartialDate } from '../shared/partial-date.js';
import type { PersonAffiliationState, PersonState } from './person.state.js';

// Rules the person use cases share (docs/API.md "People"; issue 17 "Bad input and rules").

/** How far ahead of the server's clock a date may lie (a client's clock or zone may be ahead). */
export const CLOCK_SKEW_MS = 86_400_000;

/**
 * A name or alias: clean, non-empty, ≤ 200, free of bidi overrides/isolates (they disguise what a
 * reader sees), and visible: a name of format characters only (U+200B…) compares as the empty key,
 * which would then match every other invisible name and any invisible reference to a person.
 */
export function requirePersonName(path: string, value: string): string {
  const name = requireName(path, value);
  if (hasBidiControl(name))
    throw new RuleViolation(path, `${path} must not contain bidirectional override or isolate characters`);
  if (personNameKey(name) === '') throw new RuleViolation(path, `${path} must contain a visible character`);
  return name;
}

/** A date whose period starts more than a day after `now` has not happened yet: 422 naming the field. */
export function notInFuture(path: string, date: PartialDate | null, now: Date): void {
  if (date && Date.parse(date.earliest) > now.getTime() + CLOCK_SKEW_MS)
    throw new RuleViolation(path, `${path} is in the future`);
}

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
