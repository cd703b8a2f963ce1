import type { PersonEvent } from './person.events.js';

/** The names a person's new events claim, for the cross-person reservation table. */
export function personReservedNames(
  events: ReadonlyArray<{ type: string; data: unknown }>,
): Array<{ name: string; isAlias: boolean }> {
  const out: Array<{ name: string; isAlias: boolean }> = [];
  for (const e of events as PersonEvent[]) {
    if (e.type === 'PersonRegistered') {
      out.push({ name: e.data.name, isAlias: false }, ...e.data.aliases.map((a) => ({ name: a, isAlias: true })));
    } else if (e.type === 'PersonAliasAdded') {
      out.push({ name: e.data.alias, isAlias: true });
    }
  }
  return out;
}
