import { ConflictError, RuleViolation } from '../../shared/domain-errors.js';
import { optionalText, requireId, requireVisibleName } from '../../shared/guards.js';
import { nameKey } from '../../shared/names.js';
import { ALIASES_MAX, NAME_MAX } from '../../shared/vocabulary.js';
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
  const name = requireVisibleName('name', cmd.name);
  const raw = cmd.aliases ?? [];
  if (raw.length > ALIASES_MAX) throw new RuleViolation('aliases', `at most ${ALIASES_MAX} aliases`);
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  raw.forEach((value, i) => {
    const alias = requireVisibleName(`aliases.${i}`, value);
    const key = nameKey(alias);
    // Repeats and the name itself are dropped rather than rejected: they add nothing.
    if (seen.has(key)) return;
    seen.add(key);
    aliases.push(alias);
  });
  return [
    { type: 'GroupRegistered', data: { groupId, name, aliases, kind: optionalText('kind', cmd.kind, NAME_MAX) } },
  ];
}
