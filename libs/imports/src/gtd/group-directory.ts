import type { Kysely } from 'kysely';
import {
  cleanName,
  decideAddAlias,
  decideRegisterGroup,
  deterministicId,
  evolveGroup,
  groupStreamId,
  GroupNamesRepository,
  isDomainError,
  nameKey,
} from '@app/domain';
import type { BulkEvent, EventStore, Database } from '@app/event-store';

/** The forms of a GTD group name a group may already be known by. */
export interface GtdNameForms {
  /** As GTD writes it: "Tehrik-i-Taliban Pakistan (TTP)". */
  full: string;
  /** Without a trailing acronym: "Tehrik-i-Taliban Pakistan"; null when there is none. */
  base: string | null;
  /** The trailing acronym: "TTP"; null when the parenthesis is a qualifier such as "(Pakistan)". */
  acronym: string | null;
}

/** An acronym: one word with at least two capitals ("TTP", "JeK", "ASWJ-Pakistan"), not "Pakistan". */
const ACRONYM = /^[A-Z0-9][A-Za-z0-9&.-]*$/;

export function gtdNameForms(name: string): GtdNameForms {
  const full = cleanName(name);
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(full);
  if (m && ACRONYM.test(m[2]) && (m[2].match(/[A-Z]/g)?.length ?? 0) >= 2) return { full, base: m[1], acronym: m[2] };
  return { full, base: null, acronym: null };
}

/** What one batch needs to record about groups, in its own transaction. */
export interface GroupPlan {
  /** GTD name key → group id, for every name of the batch. */
  ids: Map<string, string>;
  /** GroupRegistered and GroupAliasAdded events for the bulk append. */
  events: BulkEvent[];
  /** Names to reserve in `group_names`, per group, in the same transaction. */
  reservations: Array<{ groupId: string; names: Array<{ name: string; isAlias: boolean }> }>;
  /** Registrations planned (a concurrent writer may still register the same group first). */
  registered: number;
}

/** The id a GTD name registers its group under (when no group has the name yet). */
export const gtdGroupId = (name: string) => deterministicId(`gtd/group/${nameKey(name)}`);

/**
 * Resolves GTD group names to groups: first by the name as written, then by its base name and its
 * acronym against every group's names and aliases (so "Tehrik-i-Taliban Pakistan (TTP)" finds a
 * group registered as TTP, and gets GTD's spelling as an alias); registers the rest. Caches only
 * what committed (`commit`), so a batch retried after a lost race resolves again.
 */
export class GtdGroupDirectory {
  private readonly cache = new Map<string, string>();

  constructor(private readonly store: EventStore) {}

  known(name: string): string | undefined {
    return this.cache.get(nameKey(name));
  }

  commit(plan: GroupPlan): void {
    for (const [k, id] of plan.ids) this.cache.set(k, id);
  }

  async plan(trx: Kysely<Database>, names: Iterable<string>): Promise<GroupPlan> {
    const plan: GroupPlan = { ids: new Map(), events: [], reservations: [], registered: 0 };
    const todo = new Map<string, GtdNameForms>();
    for (const n of names) {
      const key = nameKey(n);
      const cached = this.cache.get(key);
      if (cached) plan.ids.set(key, cached);
      else if (!todo.has(key)) todo.set(key, gtdNameForms(n));
    }
    if (!todo.size) return plan;
    const keys = [...todo.values()]
      .flatMap((f) => [f.full, f.base, f.acronym])
      .filter((x): x is string => x !== null)
      .map(nameKey);
    const held = await new GroupNamesRepository(trx).holders(keys);
    /** Keys this batch reserves, so two new groups never ask for the same alias. */
    const claimed = new Set<string>();
    const aliasAdds = new Map<string, string[]>();
    /** Groups this batch registers, and every key they will hold: later names of the batch find them. */
    const registrations = new Map<string, { name: string; aliases: string[] }>();
    const planned = new Map<string, string>();
    // Names with an acronym first: "Baloch Liberation Army (BLA)" registers with its base name and
    // acronym as aliases, so a bare "Baloch Liberation Army" or "BLA" in the same batch resolves to
    // it rather than registering a second group.
    const order = [...todo].sort(([, a], [, b]) => Number(b.acronym !== null) - Number(a.acronym !== null));
    for (const [key, forms] of order) {
      const candidates = [forms.full, forms.base, forms.acronym].filter((x): x is string => x !== null).map(nameKey);
      const found = candidates.map((k) => held.get(k)).find((id) => id !== undefined);
      if (found) {
        plan.ids.set(key, found);
        if (!held.has(key) && !claimed.has(key)) {
          claimed.add(key);
          aliasAdds.set(found, [...(aliasAdds.get(found) ?? []), forms.full]);
        }
        continue;
      }
      const inBatch = candidates.map((k) => planned.get(k)).find((id) => id !== undefined);
      if (inBatch) {
        plan.ids.set(key, inBatch);
        // Matched by base name or acronym: GTD's spelling becomes an alias of that new group.
        if (!claimed.has(key)) {
          claimed.add(key);
          planned.set(key, inBatch);
          registrations.get(inBatch)!.aliases.push(forms.full);
        }
        continue;
      }
      const groupId = gtdGroupId(forms.full);
      claimed.add(key);
      planned.set(key, groupId);
      const aliases = [forms.base, forms.acronym].filter((x): x is string => {
        if (x === null) return false;
        const k = nameKey(x);
        if (held.has(k) || claimed.has(k)) return false;
        claimed.add(k);
        planned.set(k, groupId);
        return true;
      });
      registrations.set(groupId, { name: forms.full, aliases });
      plan.ids.set(key, groupId);
    }
    for (const [groupId, { name, aliases }] of registrations) {
      const [registered] = decideRegisterGroup(null, { groupId, name, aliases, kind: null });
      const streamId = groupStreamId(groupId);
      plan.events.push({
        streamId,
        eventId: deterministicId(`${streamId}/created/${groupId}`),
        type: registered.type,
        data: registered.data,
      });
      plan.reservations.push({
        groupId,
        names: [{ name, isAlias: false }, ...aliases.map((a) => ({ name: a, isAlias: true }))],
      });
      plan.registered++;
    }
    // GTD's spelling becomes an alias of the group it was matched to by base name or acronym.
    for (const [groupId, aliases] of aliasAdds) {
      const streamId = groupStreamId(groupId);
      let { state } = await this.store.aggregateStream(streamId, { evolve: evolveGroup }, {}, trx);
      const added: string[] = [];
      for (const alias of aliases) {
        try {
          const [event] = decideAddAlias(state, { groupId, alias });
          state = evolveGroup(state, event);
          plan.events.push({
            streamId,
            eventId: deterministicId(`${streamId}/gtd-alias/${nameKey(alias)}`),
            type: event.type,
            data: event.data,
          });
          added.push(alias);
        } catch (err) {
          if (!isDomainError(err)) throw err;
        }
      }
      if (added.length) plan.reservations.push({ groupId, names: added.map((name) => ({ name, isAlias: true })) });
    }
    return plan;
  }

  /** Reserves the plan's names in the batch's transaction (a race lost to another writer throws). */
  async reserve(trx: Kysely<Database>, plan: GroupPlan): Promise<void> {
    const names = new GroupNamesRepository(trx);
    for (const r of plan.reservations) await names.reserve(trx, r.groupId, r.names, 'gname');
  }
}
