import { ConflictError } from '../../shared/domain-errors.js';
import { requireText } from '../../shared/guards.js';
import type { PersonEvent } from '../person.events.js';
import { requireAffiliation, requirePerson } from '../person.guards.js';
import type { PersonState } from '../person.state.js';

export interface WithdrawAffiliation {
  personId: string;
  affiliationId: string;
  reason: string;
}

/** An ended affiliation may still be withdrawn: it may have been wrong all along. */
export function decideWithdrawAffiliation(state: PersonState | null, cmd: WithdrawAffiliation): PersonEvent[] {
  const person = requirePerson(state, cmd.personId);
  const affiliation = requireAffiliation(person, cmd.affiliationId);
  if (affiliation.withdrawn)
    throw new ConflictError('already_withdrawn', `affiliation ${cmd.affiliationId} is already withdrawn`, {
      affiliationId: cmd.affiliationId,
    });
  return [
    {
      type: 'PersonAffiliationWithdrawn',
      data: { affiliationId: affiliation.affiliationId, reason: requireText('reason', cmd.reason) },
    },
  ];
}
