import type { GroupEvent } from './group.events.js';

/** The names a group's new events claim, for the cross-group reservation table. */
export function reservedNames(
  events: ReadonlyArray<{ type: string; data: unknown }>,
): Array<{ name: string; isAlias: boolean }> {
  const out: Array<{ name: string; isAlias: boolean }> = [];
  for (const e of events as GroupEvent[]) {
    if (e.type === 'GroupRegistered') {
      out.push({ name: e.data.name, isAlias: false }, ...e.data.aliases.map((a) => ({ name: a, isAlias: true })));
    } else if (e.type === 'GroupAliasAdded') {
      out.push({ name: e.data.alias, isAlias: true });
    }
  }
  return out;
}
