import type { CitationBody } from '../../shared/citation.js';
import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { requireOneOf, requirePartialDate } from '../../shared/guards.js';
import { parsePartialDate, partialDateOrdered } from '../../shared/partial-date.js';
import { AFFILIATION_END_REASONS, type AffiliationEndReason } from '../../shared/vocabulary.js';
import type { PersonEvent } from '../person.events.js';
import { optionalCitation } from '../../shared/citation.guard.js';
import { notInFuture, requireAffiliation, requirePerson } from '../person.guards.js';
import type { PersonState } from '../person.state.js';

export interface EndAffiliation {
  personId: string;
  affiliationId: string;
  validTo: string;
  reason: AffiliationEndReason;
  /** Resolved by the handler from the body's `toGroup`; only with `defected`. */
  toGroupId?: string | null;
  sourceId?: string | null;
  citation?: CitationBody | null;
  now: Date;
}

export function decideEndAffiliation(state: PersonState | null, cmd: EndAffiliation): PersonEvent[] {
  const person = requirePerson(state, cmd.personId);
  const affiliation = requireAffiliation(person, cmd.affiliationId);
  if (affiliation.withdrawn)
    throw new ConflictError('affiliation_withdrawn', `affiliation ${cmd.affiliationId} is withdrawn`, {
      affiliationId: cmd.affiliationId,
    });
  if (affiliation.validTo !== null)
    throw new ConflictError(
      'affiliation_ended',
      `affiliation ${cmd.affiliationId} already ended (${affiliation.validTo})`,
      {
        affiliationId: cmd.affiliationId,
        validTo: affiliation.validTo,
      },
    );
  const reason = requireOneOf('reason', cmd.reason, AFFILIATION_END_REASONS);
  const toGroupId = cmd.toGroupId ?? null;
  if (toGroupId !== null && reason !== 'defected')
    throw new RuleViolation('toGroup', 'toGroup is only given with reason defected');
  if (toGroupId !== null && toGroupId === affiliation.groupId)
    throw new RuleViolation('toGroup', 'toGroup is the group the person left');
  const to = requirePartialDate('validTo', cmd.validTo);
  notInFuture('validTo', to, cmd.now);
  const from = parsePartialDate(affiliation.validFrom);
  if (from && !partialDateOrdered(from, to))
    throw new RuleViolation(
      'validTo',
      `validTo must not be before the affiliation's validFrom (${affiliation.validFrom})`,
    );
  return [
    {
      type: 'PersonAffiliationEnded',
      data: {
        affiliationId: affiliation.affiliationId,
        validTo: to.value,
        reason,
        toGroupId,
        sourceId: cmd.sourceId ?? null,
        citation: optionalCitation('citation', cmd.citation),
      },
    },
  ];
}
