import type { CitationBody } from '../../shared/citation.js';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import {
  optionalIntInRange,
  optionalPartialDate,
  requireId,
  requireOneOf,
  requirePartialDate,
} from '../../shared/guards.js';
import { partialDateOrdered } from '../../shared/partial-date.js';
import { AFFILIATION_ROLES, CONFIDENCE_MAX, CONFIDENCE_MIN, type AffiliationRole } from '../../shared/vocabulary.js';
import type { PersonEvent } from '../person.events.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { notInFuture, requirePerson } from '../person.guards.js';
import type { PersonState } from '../person.state.js';

export interface RecordAffiliation {
  personId: string;
  affiliationId: string;
  /** Resolved by the handler from the body's `group` (id, name or alias). */
  groupId: string;
  role: AffiliationRole;
  validFrom: string;
  validTo?: string | null;
  sourceId?: string | null;
  citation?: CitationBody | null;
  confidence?: number | null;
  now: Date;
}

/**
 * Overlapping affiliations are allowed, leaders included: two rival leaders of one group happen and
 * the reads show both. Only the very same affiliation recorded again (same group, role and dates,
 * not withdrawn) is refused, so a re-send without an id or key does not double it.
 */
export function decideRecordAffiliation(state: PersonState | null, cmd: RecordAffiliation): PersonEvent[] {
  const person = requirePerson(state, cmd.personId);
  const affiliationId = requireId('id', cmd.affiliationId);
  if (person.affiliations.some((a) => a.affiliationId === affiliationId))
    throw new ConflictError('already_exists', `affiliation ${affiliationId} already exists`, { affiliationId });
  const groupId = requireId('group', cmd.groupId);
  const role = requireOneOf('role', cmd.role, AFFILIATION_ROLES);
  const from = requirePartialDate('validFrom', cmd.validFrom);
  const to = optionalPartialDate('validTo', cmd.validTo);
  notInFuture('validFrom', from, cmd.now);
  notInFuture('validTo', to, cmd.now);
  if (to && !partialDateOrdered(from, to)) throw new RuleViolation('validTo', 'validTo must not be before validFrom');
  const same = person.affiliations.find(
    (a) =>
      !a.withdrawn &&
      a.groupId === groupId &&
      a.role === role &&
      a.validFrom === from.value &&
      a.validTo === (to?.value ?? null),
  );
  if (same)
    throw new ConflictError('affiliation_exists', `this affiliation is already recorded as ${same.affiliationId}`, {
      affiliationId: same.affiliationId,
    });
  return [
    {
      type: 'PersonAffiliationRecorded',
      data: {
        affiliationId,
        groupId,
        role,
        validFrom: from.value,
        validTo: to?.value ?? null,
        sourceId: cmd.sourceId ?? null,
        citation: optionalCitation('citation', cmd.citation),
        confidence: optionalIntInRange('confidence', cmd.confidence, CONFIDENCE_MIN, CONFIDENCE_MAX),
      },
    },
  ];
}
