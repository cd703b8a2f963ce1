import type { Citation } from '../shared/citation.js';
import { type EventEnvelopeFields, type StoredEvent, stampVersion } from '../shared/event-envelope.js';
import { sameName } from '../shared/names.js';
import type { GroupAliasAddedData, GroupEvent, GroupRelationAssertedData } from './group.events.js';

/** An alias as GroupAliasAdded recorded it. */
export type GroupAlias = GroupAliasAddedData;

/** A relation as asserted (its relationId as `id`), and whether it was withdrawn since. */
export interface GroupRelationState extends Omit<GroupRelationAssertedData, 'relationId' | 'citation'> {
  id: string;
  citation: Citation | null;
  withdrawn: boolean;
  withdrawnReason: string | null;
}

export interface GroupState {
  id: string;
  name: string;
  aliases: GroupAlias[];
  kind: string | null;
  /** Current and withdrawn relations, in assertion order. */
  relations: GroupRelationState[];
  /** Number of events folded (the stream version when the envelope does not say). */
  version: number;
  position: number | null;
}

/** Folds one event; never mutates `state`, so earlier states stay valid for as-of reads. */
export function evolveGroup(
  state: GroupState | null,
  event: (GroupEvent & EventEnvelopeFields) | StoredEvent,
): GroupState {
  const e = event as GroupEvent & EventEnvelopeFields;
  if (e.type === 'GroupRegistered') {
    const base: GroupState = {
      id: e.data.groupId,
      name: e.data.name,
      aliases: e.data.aliases.map((alias) => ({ alias, validFrom: null, validTo: null })),
      kind: e.data.kind,
      relations: [],
      version: 0,
      position: null,
    };
    return stampVersion(base, e);
  }
  if (!state) throw new Error(`group stream must start with GroupRegistered, got ${e.type}`);
  switch (e.type) {
    case 'GroupAliasAdded':
      return stampVersion({ ...state, aliases: [...state.aliases, { ...e.data }] }, e);
    case 'GroupRelationAsserted': {
      const { relationId, ...rest } = e.data;
      return stampVersion(
        {
          ...state,
          relations: [
            ...state.relations,
            { id: relationId, ...rest, citation: rest.citation ?? null, withdrawn: false, withdrawnReason: null },
          ],
        },
        e,
      );
    }
    case 'GroupRelationWithdrawn':
      return stampVersion(
        {
          ...state,
          relations: state.relations.map((r) =>
            r.id === e.data.relationId ? { ...r, withdrawn: true, withdrawnReason: e.data.reason } : r,
          ),
        },
        e,
      );
    default:
      return stampVersion(state, e);
  }
}

export function foldGroup(events: Iterable<(GroupEvent & EventEnvelopeFields) | StoredEvent>): GroupState | null {
  let state: GroupState | null = null;
  for (const event of events) state = evolveGroup(state, event);
  return state;
}

/** Name plus aliases: what the cross-group reservation table holds for this group. */
export function groupNames(state: GroupState): string[] {
  return [state.name, ...state.aliases.map((a) => a.alias)];
}

/** True when `name` is this group's name or one of its aliases (case-insensitive). */
export function groupHasName(state: GroupState, name: string): boolean {
  return groupNames(state).some((n) => sameName(n, name));
}

export function activeRelations(state: GroupState): GroupRelationState[] {
  return state.relations.filter((r) => !r.withdrawn);
}
