import { ConflictError, NotFoundError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalPartialDate, requireVisibleName } from '../../shared/guards.js';
import { partialDateOrdered } from '../../shared/partial-date.js';
import type { GroupEvent } from '../group.events.js';
import { groupHasName, type GroupState } from '../group.state.js';

export interface AddAlias {
  groupId: string;
  alias: string;
  validFrom?: string | null;
  validTo?: string | null;
}

export function decideAddAlias(state: GroupState | null, cmd: AddAlias): GroupEvent[] {
  if (!state) throw new NotFoundError('group', cmd.groupId);
  const alias = requireVisibleName('alias', cmd.alias);
  if (groupHasName(state, alias)) {
    throw new ConflictError('alias_exists', `"${alias}" is already a name or alias of this group`, { alias });
  }
  const from = optionalPartialDate('validFrom', cmd.validFrom);
  const to = optionalPartialDate('validTo', cmd.validTo);
  if (from && to && !partialDateOrdered(from, to))
    throw new RuleViolation('validTo', 'validTo must not be before validFrom');
  return [{ type: 'GroupAliasAdded', data: { alias, validFrom: from?.value ?? null, validTo: to?.value ?? null } }];
}
