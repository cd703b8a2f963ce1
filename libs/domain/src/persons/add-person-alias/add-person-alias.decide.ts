import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalPartialDate } from '../../shared/guards.js';
import { samePersonName } from '../../shared/names.js';
import { partialDateOrdered } from '../../shared/partial-date.js';
import type { PersonEvent } from '../person.events.js';
import { notInFuture, requirePerson, requirePersonName } from '../person.guards.js';
import { personNames, type PersonState } from '../person.state.js';

export interface AddPersonAlias {
  personId: string;
  alias: string;
  validFrom?: string | null;
  validTo?: string | null;
  now: Date;
}

export function decideAddPersonAlias(state: PersonState | null, cmd: AddPersonAlias): PersonEvent[] {
  const person = requirePerson(state, cmd.personId);
  const alias = requirePersonName('alias', cmd.alias);
  if (personNames(person).some((n) => samePersonName(n, alias)))
    throw new ConflictError('alias_exists', `"${alias}" is already a name or alias of this person`, { alias });
  const from = optionalPartialDate('validFrom', cmd.validFrom);
  const to = optionalPartialDate('validTo', cmd.validTo);
  notInFuture('validFrom', from, cmd.now);
  notInFuture('validTo', to, cmd.now);
  if (from && to && !partialDateOrdered(from, to))
    throw new RuleViolation('validTo', 'validTo must not be before validFrom');
  return [{ type: 'PersonAliasAdded', data: { alias, validFrom: from?.value ?? null, validTo: to?.value ?? null } }];
}
