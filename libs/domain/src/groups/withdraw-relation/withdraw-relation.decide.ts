import { ConflictError, NotFoundError } from '../../shared/domain-errors.js';
import { requireText } from '../../shared/guards.js';
import type { GroupEvent } from '../group.events.js';
import type { GroupState } from '../group.state.js';

export interface WithdrawRelation {
  groupId: string;
  relationId: string;
  reason: string;
}

export function decideWithdrawRelation(state: GroupState | null, cmd: WithdrawRelation): GroupEvent[] {
  if (!state) throw new NotFoundError('group', cmd.groupId);
  const relation = state.relations.find((r) => r.id === cmd.relationId);
  if (!relation) throw new NotFoundError('relation', cmd.relationId);
  if (relation.withdrawn)
    throw new ConflictError('already_withdrawn', `relation ${cmd.relationId} is already withdrawn`, {
      relationId: cmd.relationId,
    });
  return [
    { type: 'GroupRelationWithdrawn', data: { relationId: relation.id, reason: requireText('reason', cmd.reason) } },
  ];
}
