import { describe, expect, it } from '@jest/globals';
import { ids } from '../testing/fixtures.js';
import type { GroupEvent } from './group.events.js';
import { activeRelations, evolveGroup, foldGroup, groupHasName } from './group.state.js';

const events: GroupEvent[] = [
  {
    type: 'GroupRegistered',
    data: { groupId: ids.tjp, name: 'Tehreek-e-Jihad Pakistan', aliases: ['TJP'], kind: 'militant' },
  },
  { type: 'GroupAliasAdded', data: { alias: 'Tehrik-i-Jihad', validFrom: '2023', validTo: null } },
  {
    type: 'GroupRelationAsserted',
    data: {
      relationId: ids.relation1,
      relation: 'suspected_front_of',
      otherGroupId: ids.ttp,
      validFrom: '2023-02',
      validTo: null,
      sourceId: ids.src1,
      confidence: 60,
    },
  },
  { type: 'GroupRelationWithdrawn', data: { relationId: ids.relation1, reason: 'source retracted' } },
];

describe('evolveGroup', () => {
  it('folds a group with aliases and relations, current and withdrawn', () => {
    const state = foldGroup(events)!;
    expect(state).toMatchObject({
      id: ids.tjp,
      name: 'Tehreek-e-Jihad Pakistan',
      kind: 'militant',
      version: 4,
      aliases: [
        { alias: 'TJP', validFrom: null, validTo: null },
        { alias: 'Tehrik-i-Jihad', validFrom: '2023', validTo: null },
      ],
      relations: [
        {
          id: ids.relation1,
          relation: 'suspected_front_of',
          otherGroupId: ids.ttp,
          confidence: 60,
          withdrawn: true,
          withdrawnReason: 'source retracted',
        },
      ],
    });
    expect(activeRelations(state)).toEqual([]);
    expect(groupHasName(state, 'tjp')).toBe(true);
  });

  it('never mutates the earlier state', () => {
    const first = evolveGroup(null, events[0]);
    const copy = structuredClone(first);
    evolveGroup(first, events[1]);
    expect(first).toEqual(copy);
  });

  it('takes version and position from the envelope when given', () => {
    const state = evolveGroup(null, { ...events[0], streamVersion: 1, position: 42, recordedAt: new Date() });
    expect(state.version).toBe(1);
    expect(state.position).toBe(42);
  });

  it('refuses a stream that does not start with GroupRegistered', () => {
    expect(() => evolveGroup(null, events[1])).toThrow(/GroupRegistered/);
  });

  it('ignores unknown event types but counts them', () => {
    const state = evolveGroup(foldGroup(events.slice(0, 1)), { type: 'SomethingNew', data: {} });
    expect(state.version).toBe(2);
    expect(state.aliases).toHaveLength(1);
  });
});
