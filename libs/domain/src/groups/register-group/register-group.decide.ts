import { ConflictError } from '../../shared/domain-errors.js';
import { optionalText, requireId, requireNames } from '../../shared/guards.js';
import { NAME_MAX } from '../../shared/vocabulary.js';
import type { GroupEvent } from '../group.events.js';
import type { GroupState } from '../group.state.js';

export interface RegisterGroup {
  groupId: string;
  name: string;
  aliases?: readonly string[] | null;
  kind?: string | null;
}

/** Uniqueness across groups is the handler's (reservation table); here only within the group. */
export function decideRegisterGroup(state: GroupState | null, cmd: RegisterGroup): GroupEvent[] {
  if (state) throw new ConflictError('already_exists', `group ${cmd.groupId} already exists`, { groupId: cmd.groupId });
  const groupId = requireId('id', cmd.groupId);
  const { name, aliases } = requireNames(cmd.name, cmd.aliases);
  return [
    { type: 'GroupRegistered', data: { groupId, name, aliases, kind: optionalText('kind', cmd.kind, NAME_MAX) } },
  ];
}
